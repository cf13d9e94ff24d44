package shm_small

import (
	"bytes"
	"os"
	"testing"
)

// Writes a 16 MiB shared-memory segment file, as browser, database and IPC tests do.
func TestSharedMemorySegment(t *testing.T) {
	f, err := os.CreateTemp("/dev/shm", "segment-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.Remove(f.Name())
	defer f.Close()
	if _, err := f.Write(bytes.Repeat([]byte{1}, 16<<20)); err != nil {
		t.Fatalf("write segment: %v", err)
	}
}
