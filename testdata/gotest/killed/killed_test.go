package killed

import (
	"os"
	"syscall"
	"testing"
	"time"
)

func TestFirst(t *testing.T) {}

// TestKilled dies from SIGKILL as under the OOM killer; what it printed before stays in the log.
func TestKilled(t *testing.T) {
	t.Log("allocating")
	if os.Getenv("ENVGUARD_QUIET_KILL") == "" {
		os.Stdout.WriteString("starting allocation\n")
	}
	time.Sleep(20 * time.Millisecond)
	_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
	time.Sleep(time.Second)
}
