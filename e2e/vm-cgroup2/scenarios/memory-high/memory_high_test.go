package memory_high

import "testing"

// Builds a 256 MiB in-memory index (touching every page) in a cgroup whose memory.high is 128 MiB and
// memory.max unlimited, without swap: the kernel cannot reclaim anonymous memory, so it throttles each
// allocation past memory.high (memory.events high counts) instead of OOM-killing, and the test crawls
// into its timeout.
func TestBuildIndexOverHigh(t *testing.T) {
	var chunks [][]byte
	for i := 0; i < 32; i++ {
		b := make([]byte, 8<<20)
		for j := 0; j < len(b); j += 4096 {
			b[j] = byte(j)
		}
		chunks = append(chunks, b)
	}
	t.Logf("built %d chunks", len(chunks))
}
