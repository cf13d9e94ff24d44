package go_cache_unavailable

import "testing"

func TestAnything(t *testing.T) {}
