package noexec_tmp

import "testing"

func TestAnything(t *testing.T) {}
