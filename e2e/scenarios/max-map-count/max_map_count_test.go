package max_map_count

import (
	"syscall"
	"testing"
)

// Maps 12000 separate regions (as a memory-mapped store with many segments would) with alternating
// protections so the kernel cannot merge them; vm.max_map_count is 8000 in this scenario.
func TestManySegments(t *testing.T) {
	maps := make([][]byte, 0, 12000) // sized up front: growing it could make the runtime die in sysMap first
	defer func() {
		for _, m := range maps {
			syscall.Munmap(m)
		}
	}()
	for i := 0; i < 12000; i++ {
		prot := syscall.PROT_READ
		if i%2 == 0 {
			prot |= syscall.PROT_WRITE
		}
		m, err := syscall.Mmap(-1, 0, 4096, prot, syscall.MAP_PRIVATE|syscall.MAP_ANON)
		if err != nil {
			t.Fatalf("mmap segment %d: %v", i, err)
		}
		maps = append(maps, m)
	}
}
