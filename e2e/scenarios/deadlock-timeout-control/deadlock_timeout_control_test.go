package deadlock_timeout_control

import (
	"runtime"
	"sync"
	"testing"
	"time"
)

// A lock-order bug: the worker waits for a result the main goroutine sends only after the worker
// finished. Blocks until -timeout.
func TestPipeline(t *testing.T) {
	// A background cache janitor; its GCs also let the runtime record how long goroutines have been
	// blocked, which the timeout's goroutine dump prints as "[..., 1 minutes]".
	go func() {
		for range time.Tick(time.Second) {
			runtime.GC()
		}
	}()
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
