package longline

import (
	"strings"
	"testing"
)

// A line longer than test2json's 1024-byte buffer is split into several output events.
func TestLong(t *testing.T) {
	t.Errorf("begin %s end-of-long-line", strings.Repeat("0123456789", 300))
}
