package deadlock_timeout_control

import (
	"sync"
	"testing"
)

// A lock-order bug: the worker waits for a result the main goroutine sends only after the worker
// finished. Blocks until -timeout.
func TestPipeline(t *testing.T) {
	var mu sync.Mutex
	results := make(chan int)
	mu.Lock()
	go func() {
		mu.Lock() // waits for the main goroutine
		results <- 1
		mu.Unlock()
	}()
	<-results // waits for the worker: deadlock
	mu.Unlock()
}
