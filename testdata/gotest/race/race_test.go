package race

import (
	"sync"
	"testing"
)

func TestRacy(t *testing.T) {
	var n int
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n++
		}()
	}
	wg.Wait()
	_ = n
}

func TestCalm(t *testing.T) {}
