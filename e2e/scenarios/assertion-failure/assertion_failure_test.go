// Scenario assertion-failure (control): a plain wrong-result assertion, with no environmental
// condition at all. go-env-guard must attribute no environmental cause to it.
package assertion_failure

import "testing"

func applyDiscount(cents, percent int) int {
	return cents - cents*percent/10 // bug: should divide by 100
}

func TestApplyDiscount(t *testing.T) {
	if got, want := applyDiscount(2000, 15), 1700; got != want {
		t.Errorf("applyDiscount(2000, 15) = %d, want %d", got, want)
	}
}
