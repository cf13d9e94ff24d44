package mmap_enomem

import "testing"

// Allocates a 6 GiB buffer (never touched) under RLIMIT_AS=4 GiB: mmap returns ENOMEM.
func TestLargeBuffer(t *testing.T) {
	b := make([]byte, 6<<30)
	t.Logf("allocated %d bytes", len(b))
}
