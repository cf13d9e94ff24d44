package skip

import "testing"

func TestSkipped(t *testing.T) { t.Skip("needs docker") }

func TestSkipNow(t *testing.T) { t.SkipNow() }
