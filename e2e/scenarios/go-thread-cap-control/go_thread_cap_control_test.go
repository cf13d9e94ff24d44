package go_thread_cap_control

import (
	"runtime"
	"runtime/debug"
	"sync"
	"testing"
)

// The runtime's own thread cap (debug.SetMaxThreads, default 10000; 40 here to hit it cheaply): the
// same "program exceeds N-thread limit" crash a runaway test produces, with no OS limit involved.
func TestWorkerPool(t *testing.T) {
	debug.SetMaxThreads(40)
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
