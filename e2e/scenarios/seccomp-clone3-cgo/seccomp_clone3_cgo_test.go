package seccomp_clone3_cgo

import "testing"

// Any cgo test binary: the runtime starts its threads with pthread_create, which in glibc >= 2.34
// tries clone3 first and falls back to clone only on ENOSYS, not on EPERM.
func TestCgoAbs(t *testing.T) {
	if Abs(-3) != 3 {
		t.Fatal("Abs(-3) != 3")
	}
}
