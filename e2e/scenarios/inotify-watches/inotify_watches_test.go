// Scenario inotify-watches: a test that watches every directory of a tree with one inotify instance,
// in a user namespace whose user.max_inotify_watches is 16 (the per-user limit
// fs.inotify.max_user_watches as seen from a child user namespace). inotify_add_watch then fails with
// ENOSPC ("no space left on device") although the disk has room.
package inotify_watches

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestWatchTree(t *testing.T) {
	root := t.TempDir()
	fd, err := syscall.InotifyInit1(syscall.IN_CLOEXEC | syscall.IN_NONBLOCK)
	if err != nil {
		t.Fatalf("create inotify watcher: %v", err)
	}
	defer syscall.Close(fd)
	for i := 0; i < 40; i++ {
		dir := filepath.Join(root, fmt.Sprintf("pkg%02d", i))
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if _, err := syscall.InotifyAddWatch(fd, dir, syscall.IN_CREATE|syscall.IN_MODIFY|syscall.IN_DELETE); err != nil {
			t.Fatalf("watch %s: %v", dir, err)
		}
	}
}
