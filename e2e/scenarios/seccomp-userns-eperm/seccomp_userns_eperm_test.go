package seccomp_userns_eperm

import (
	"os"
	"os/exec"
	"syscall"
	"testing"
)

// Runs a helper in a new user namespace, mapping only the caller's own IDs (no privilege needed).
func TestRunInUserNamespace(t *testing.T) {
	cmd := exec.Command("/bin/true")
	cmd.SysProcAttr = &syscall.SysProcAttr{
		Cloneflags:  syscall.CLONE_NEWUSER,
		UidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}},
		GidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getgid(), Size: 1}},
	}
	if err := cmd.Run(); err != nil {
		t.Fatalf("run in a new user namespace: %v", err)
	}
}
