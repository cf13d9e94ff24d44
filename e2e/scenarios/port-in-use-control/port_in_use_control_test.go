package port_in_use_control

import (
	"net"
	"testing"
)

const addr = "127.0.0.1:47123" // a fixed port shared by two tests

func TestServerA(t *testing.T) {
	t.Parallel()
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("server A: %v", err)
	}
	t.Cleanup(func() { l.Close() })
	serverBReady <- struct{}{}
	<-serverBDone
}

var serverBReady = make(chan struct{})
var serverBDone = make(chan struct{})

func TestServerB(t *testing.T) {
	t.Parallel()
	<-serverBReady
	defer close(serverBDone)
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("server B: %v", err)
	}
	l.Close()
}
