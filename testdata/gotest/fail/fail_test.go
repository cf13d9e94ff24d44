package fail

import (
	"fmt"
	"testing"
)

func TestOK(t *testing.T) { t.Log("fine") }

func TestErrorf(t *testing.T) {
	t.Errorf("open /tmp/x: too many open files")
}

func TestFatal(t *testing.T) {
	fmt.Println("stdout from TestFatal")
	t.Fatalf("dial tcp 127.0.0.1:8080: connect: connection refused")
}
