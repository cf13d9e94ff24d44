package pids_limit

import (
	"os/exec"
	"testing"
)

// Starts 80 helper processes at once, as an integration test with many workers would.
func TestSpawnWorkers(t *testing.T) {
	var cmds []*exec.Cmd
	defer func() {
		for _, c := range cmds {
			c.Process.Kill()
			c.Wait()
		}
	}()
	for i := 0; i < 80; i++ {
		c := exec.Command("sleep", "5")
		if err := c.Start(); err != nil {
			t.Fatalf("after %d starts: %v", i, err)
		}
		cmds = append(cmds, c)
	}
}
