package subtests

import "testing"

func TestTable(t *testing.T) {
	t.Run("ok_case", func(t *testing.T) { t.Log("ok") })
	t.Run("bad_case", func(t *testing.T) {
		t.Errorf("want 1, got 2")
	})
	t.Run("skipped_case", func(t *testing.T) { t.Skip("not on this runner") })
	t.Run("nested", func(t *testing.T) {
		t.Run("deep_bad", func(t *testing.T) {
			t.Error("deep failure")
		})
		t.Run("deep_ok", func(t *testing.T) {})
	})
}

func TestAllGood(t *testing.T) {
	t.Run("a", func(t *testing.T) {})
	t.Run("b", func(t *testing.T) {})
}
