package pass

import "testing"

func TestPass(t *testing.T) {}

// TestPassLogs writes output that must be dropped once the test passes.
func TestPassLogs(t *testing.T) {
	for i := 0; i < 3; i++ {
		t.Logf("passing log line %d", i)
	}
}

func BenchmarkTiny(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = i * i
	}
}
