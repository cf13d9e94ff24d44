// Scenario inotify-instances: a test that starts several file watchers, as a dev server or a config
// reloader under test does, in a user namespace whose user.max_inotify_instances is 4 (the per-user
// limit fs.inotify.max_user_instances, default 128, as seen from a child user namespace).
// inotify_init1 then fails with EMFILE. Like fsnotify's NewWatcher, newWatcher returns the bare errno.
package inotify_instances

import (
	"syscall"
	"testing"
)

func newWatcher() (int, error) {
	fd, err := syscall.InotifyInit1(syscall.IN_CLOEXEC | syscall.IN_NONBLOCK)
	if err != nil {
		return -1, err
	}
	return fd, nil
}

func TestReloadWatchers(t *testing.T) {
	for i := 0; i < 8; i++ {
		fd, err := newWatcher()
		if err != nil {
			t.Fatalf("create inotify watcher %d: %v", i, err)
		}
		t.Cleanup(func() { syscall.Close(fd) })
	}
}
