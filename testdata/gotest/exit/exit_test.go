package exit

import (
	"os"
	"testing"
)

func TestExits(t *testing.T) {
	os.Stdout.WriteString("about to exit\n")
	os.Exit(3)
}
