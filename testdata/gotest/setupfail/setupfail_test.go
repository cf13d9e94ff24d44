package setupfail

import (
	"testing"

	_ "example.com/envguard/fixture/doesnotexist"
)

func TestNever(t *testing.T) {}
