package linkfail

import (
	"testing"
	_ "unsafe" // go:linkname
)

// A body-less function pulled from a symbol nothing defines: the compiler accepts it, the linker
// fails with "relocation target ... not defined".
//
//go:linkname missing example.com/envguard/fixture/linkfail.nowhere
func missing()

func TestAnswer(t *testing.T) {
	missing()
	if Answer() != 42 {
		t.Fatal("wrong answer")
	}
}
