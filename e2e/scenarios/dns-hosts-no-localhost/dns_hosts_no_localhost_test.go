package dns_hosts_no_localhost

import (
	"net"
	"testing"
)

// Dials a local server by the name "localhost", as most client tests do.
func TestDialLocalhost(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	c, err := net.Dial("tcp", net.JoinHostPort("localhost", port))
	if err != nil {
		t.Fatalf("dial localhost: %v", err)
	}
	c.Close()
}
