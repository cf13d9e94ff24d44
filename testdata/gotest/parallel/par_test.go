package parallel

import (
	"testing"
	"time"
)

func TestPar(t *testing.T) {
	for _, name := range []string{"alpha", "beta", "gamma", "delta"} {
		name := name
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			for i := 0; i < 3; i++ {
				t.Logf("%s step %d", name, i)
				time.Sleep(5 * time.Millisecond)
			}
			if name == "beta" || name == "delta" {
				t.Errorf("%s failed: resource temporarily unavailable", name)
			}
		})
	}
}

func TestTopA(t *testing.T) {
	t.Parallel()
	time.Sleep(10 * time.Millisecond)
	t.Error("TopA failed")
}

func TestTopB(t *testing.T) {
	t.Parallel()
	time.Sleep(10 * time.Millisecond)
	t.Log("TopB ok")
}
