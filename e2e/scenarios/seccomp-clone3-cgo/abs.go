// Package seccomp_clone3_cgo is any package that uses cgo.
package seccomp_clone3_cgo

// #include <stdlib.h>
import "C"

// Abs is C's abs.
func Abs(x int) int { return int(C.abs(C.int(x))) }
