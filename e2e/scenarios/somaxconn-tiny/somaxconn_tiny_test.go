package somaxconn_tiny

import (
	"net"
	"sync"
	"testing"
	"time"
)

// A burst of 30 clients reaches a server before it starts accepting (a load test, a slow handler).
func TestConnectionBurst(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 30)
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.DialTimeout("tcp", ln.Addr().String(), 2*time.Second)
			if err != nil {
				errs <- err
				return
			}
			c.Close()
		}()
	}
	wg.Wait()
	close(errs)
	n := 0
	for err := range errs {
		if n == 0 {
			t.Errorf("dial: %v", err)
		}
		n++
	}
	if n > 0 {
		t.Errorf("%d of 30 clients could not connect", n)
	}
}
