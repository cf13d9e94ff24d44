// Package counter: a race-free test that runs under -race: it passes wherever the race detector can be
// built (cgo on, a C compiler present) and tells nothing about the environment otherwise.
package counter

import (
	"sync"
	"testing"
)

func TestCounter(t *testing.T) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); mu.Lock(); n++; mu.Unlock() }()
	}
	wg.Wait()
	if n != 8 {
		t.Fatal(n)
	}
}
