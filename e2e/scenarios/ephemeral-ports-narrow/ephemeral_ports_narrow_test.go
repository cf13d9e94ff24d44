package ephemeral_ports_narrow

import (
	"net"
	"testing"
)

// Opens 20 client connections to one local server and keeps them open, as a connection-pool test does.
func TestManyClientConnections(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	for i := 0; i < 20; i++ {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatalf("client %d: %v", i, err)
		}
		defer c.Close()
	}
}
