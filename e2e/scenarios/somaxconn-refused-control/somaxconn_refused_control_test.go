package somaxconn_refused_control

import (
	"net"
	"testing"
)

// The code's own fault: it dials a server it closed first. The network namespace it runs in has a
// tiny net.core.somaxconn, which must NOT be blamed: a full backlog never gives "connection refused".
func TestDialClosedServer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	c.Close()
}
