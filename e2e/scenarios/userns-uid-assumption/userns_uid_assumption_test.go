package userns_uid_assumption

import (
	"os/exec"
	"syscall"
	"testing"
)

// The test's own mistake: it maps host UID/GID 0 into the new user namespace, which only a
// privileged caller may do. Run unprivileged, on a machine where user namespaces are allowed.
func TestRunAsRootInUserNamespace(t *testing.T) {
	cmd := exec.Command("/bin/true")
	cmd.SysProcAttr = &syscall.SysProcAttr{
		Cloneflags:  syscall.CLONE_NEWUSER,
		UidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: 0, Size: 1}},
		GidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: 0, Size: 1}},
	}
	if err := cmd.Run(); err != nil {
		t.Fatalf("run in a new user namespace: %v", err)
	}
}
