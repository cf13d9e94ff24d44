package reexec_privilege_control

import (
	"os"
	"os/exec"
	"syscall"
	"testing"
)

// Re-executes itself in new UTS and mount namespaces (the moby/sys reexec and runc pattern) without a
// user namespace: that needs CAP_SYS_ADMIN, so as an unprivileged user it fails with EPERM on any
// machine. The text is the same as a refused user namespace; the cause is the test's privilege.
func TestReexecInNewNamespaces(t *testing.T) {
	if os.Getenv("IN_CHILD") == "1" {
		return
	}
	cmd := exec.Command("/proc/self/exe", "-test.run=TestReexecInNewNamespaces")
	cmd.Env = append(os.Environ(), "IN_CHILD=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Cloneflags: syscall.CLONE_NEWUTS | syscall.CLONE_NEWNS}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("re-exec in new namespaces: %v (%s)", err, out)
	}
}
