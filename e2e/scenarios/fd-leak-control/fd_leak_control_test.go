package fd_leak_control

import (
	"os"
	"testing"
)

// Opens a file per iteration and never closes it: a leak exhausts any limit.
func TestReadConfigs(t *testing.T) {
	for i := 0; i < 30000; i++ {
		f, err := os.Open("/dev/null")
		if err != nil {
			t.Fatalf("config %d: %v", i, err)
		}
		_ = f // leaked: no f.Close()
	}
}
