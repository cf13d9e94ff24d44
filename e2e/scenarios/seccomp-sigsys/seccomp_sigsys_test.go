package seccomp_sigsys

import (
	"os/exec"
	"testing"
)

// Starts a child process. Since Go 1.23 os.StartProcess probes pidfd_open first (os.checkPidfd);
// a seccomp filter that traps that syscall instead of returning an errno kills the test binary.
func TestStartChild(t *testing.T) {
	if err := exec.Command("/bin/true").Run(); err != nil {
		t.Fatalf("run /bin/true: %v", err)
	}
}
