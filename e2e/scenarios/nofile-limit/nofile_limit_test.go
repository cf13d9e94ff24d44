package nofile_limit

import (
	"net"
	"testing"
)

// Opens 200 loopback listeners at once, as a server test with many clients would. Fine with the
// usual 65536 descriptors; fails with "too many open files" under a hard RLIMIT_NOFILE of 64.
func TestManyListeners(t *testing.T) {
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	for i := 0; i < 200; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatalf("listener %d: %v", i, err)
		}
		ls = append(ls, l)
	}
}
