package disk_full

import "testing"

func TestAnything(t *testing.T) {}
