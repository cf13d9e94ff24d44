package buildfail

import "testing"

func TestAdd(t *testing.T) {
	var s string = Add(1, 2)
	_ = s
}
