// Package heap: the effect docker-memory-without-gomemlimit predicts, made real. The test keeps a live
// heap of 300 MiB (a cache, fixtures, a large decoded document) and then does ordinary work that
// makes garbage. With the default GOGC=100 the collector lets the heap grow to about twice the live
// heap before it runs, so under a 512 MiB container limit the test binary is OOM-killed (`signal:
// killed`) although it never needs more than 300 MiB at once. With GOMEMLIMIT below the limit the
// collector runs earlier and the same test passes.
package heap

import (
	"runtime/debug"
	"testing"
)

const (
	mib   = 1 << 20
	live  = 300  // MiB kept alive for the whole test
	churn = 1500 // MiB of short-lived garbage made after it
)

// fill touches every page, so the memory is resident (a fresh allocation is not, until written).
func fill(b []byte) {
	for i := 0; i < len(b); i += 4096 {
		b[i] = 1
	}
}

var sink []byte

func TestLiveHeapAndGarbage(t *testing.T) {
	t.Logf("GOMEMLIMIT=%d MiB", debug.SetMemoryLimit(-1)/mib)
	keep := make([][]byte, 0, live)
	for i := 0; i < live; i++ {
		b := make([]byte, mib)
		fill(b)
		keep = append(keep, b)
	}
	for i := 0; i < churn; i++ {
		b := make([]byte, mib)
		fill(b)
		sink = b
	}
	if len(keep) != live {
		t.Fatal("lost the live set")
	}
}
