package services_missing

import (
	"net"
	"testing"
)

// Resolves a service name, as database clients do with "host:postgresql". Go's own fallback table
// knows only a dozen names (http, https, ssh, smtp...); every other name needs /etc/services.
func TestServicePort(t *testing.T) {
	port, err := net.LookupPort("tcp", "postgresql")
	if err != nil {
		t.Fatalf("service port: %v", err)
	}
	if port != 5432 {
		t.Fatalf("postgresql is port %d, want 5432", port)
	}
}
