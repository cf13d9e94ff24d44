package shm_64m

import (
	"bytes"
	"os"
	"testing"
)

// Writes a 96 MiB shared-memory segment in /dev/shm, as browser (Chromium), database (PostgreSQL's
// dynamic shared memory) and IPC tests do. Docker gives a container a 64 MiB /dev/shm by default.
func TestLargeSharedSegment(t *testing.T) {
	f, err := os.CreateTemp("/dev/shm", "segment-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.Remove(f.Name())
	defer f.Close()
	chunk := bytes.Repeat([]byte{1}, 1<<20)
	for i := 0; i < 96; i++ {
		if _, err := f.Write(chunk); err != nil {
			t.Fatalf("write segment at %d MiB: %v", i, err)
		}
	}
}
