package thread_limit

import (
	"runtime"
	"sync"
	"testing"
)

// 100 goroutines that each hold an OS thread at once (as blocking cgo or syscalls would): the runtime
// must create about 100 threads.
func TestParallelBlockingCalls(t *testing.T) {
	var wg, ready sync.WaitGroup
	release := make(chan struct{})
	for i := 0; i < 100; i++ {
		wg.Add(1)
		ready.Add(1)
		go func() {
			defer wg.Done()
			runtime.LockOSThread()
			ready.Done()
			<-release
		}()
	}
	ready.Wait() // all 100 hold their own thread now
	close(release)
	wg.Wait()
}
