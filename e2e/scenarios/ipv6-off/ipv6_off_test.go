package ipv6_off

import (
	"net"
	"testing"
)

// A server test that also listens on the IPv6 loopback, as dual-stack servers do.
func TestListenIPv6Loopback(t *testing.T) {
	ln, err := net.Listen("tcp6", "[::1]:0")
	if err != nil {
		t.Fatalf("listen on the IPv6 loopback: %v", err)
	}
	defer ln.Close()
}
