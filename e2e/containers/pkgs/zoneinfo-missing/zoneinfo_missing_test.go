package zoneinfo_missing

import (
	"testing"
	"time"
)

// Formats a timestamp in a named zone, as scheduling and report code does.
func TestBerlinOffset(t *testing.T) {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatalf("load location: %v", err)
	}
	ts := time.Date(2024, 7, 1, 12, 0, 0, 0, time.UTC).In(loc)
	if _, off := ts.Zone(); off != 2*3600 {
		t.Fatalf("Europe/Berlin in July is UTC+%d, want UTC+2", off/3600)
	}
}
