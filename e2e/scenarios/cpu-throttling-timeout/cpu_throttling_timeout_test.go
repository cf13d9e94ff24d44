package cpu_throttling_timeout

import (
	"crypto/sha256"
	"sync"
	"testing"
)

// About 0.5 CPU-seconds of hashing spread over 4 goroutines: well under a second on an unthrottled
// machine, far over the 5 s timeout under a 5% CPU quota.
func TestHashCorpus(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum := sha256.Sum256([]byte("seed"))
			for i := 0; i < 1600000; i++ {
				sum = sha256.Sum256(sum[:])
			}
		}()
	}
	wg.Wait()
}
