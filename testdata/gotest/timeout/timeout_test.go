package timeout

import (
	"testing"
	"time"
)

func TestQuick(t *testing.T) {}

func TestHangs(t *testing.T) {
	t.Parallel()
	t.Log("waiting forever")
	time.Sleep(time.Hour)
}

func TestAlsoHangs(t *testing.T) {
	t.Parallel()
	t.Run("inner", func(t *testing.T) {
		time.Sleep(time.Hour)
	})
}
