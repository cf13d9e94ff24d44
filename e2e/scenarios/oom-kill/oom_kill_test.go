package oom_kill

import "testing"

// Builds a 512 MiB in-memory index (touching every page) in a cgroup limited to 128 MiB.
func TestBuildLargeIndex(t *testing.T) {
	var chunks [][]byte
	for i := 0; i < 64; i++ {
		b := make([]byte, 8<<20)
		for j := range b {
			b[j] = byte(j)
		}
		chunks = append(chunks, b)
	}
	t.Logf("built %d chunks", len(chunks))
}
