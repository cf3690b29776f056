package images

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

// TestPrune: after a build of the changed photo, the old photo's copies,
// unused and older than the age, are removed; the copies in use are kept
// however old, and unused copies younger than the age are kept.
func TestPrune(t *testing.T) {
	cache := t.TempDir()
	ctx := context.Background()
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	old, young := now.Add(-40*24*time.Hour), now.Add(-time.Hour)

	before := plan(t, map[string][]byte{"anh.jpg": encodeJPEG(t, photo(700, 500, false))}, cache)
	if err := before.Prepare(ctx, 1); err != nil {
		t.Fatal(err)
	}
	oldCopies, _ := filepath.Glob(filepath.Join(cache, "*"))
	if len(oldCopies) != 2 {
		t.Fatalf("cache holds %v, want 2 copies", oldCopies)
	}
	after := plan(t, map[string][]byte{"anh.jpg": encodeJPEG(t, photo(700, 400, false))}, cache)
	if err := after.Prepare(ctx, 1); err != nil {
		t.Fatal(err)
	}
	all, _ := filepath.Glob(filepath.Join(cache, "*"))
	for _, f := range all { // every copy old, in use or not
		os.Chtimes(f, old, old)
	}
	stray := filepath.Join(cache, ".tmp-123") // a build killed while writing
	os.WriteFile(stray, []byte("x"), 0o644)
	os.Chtimes(stray, old, old)
	youngUnused := filepath.Join(cache, "0123456789abcdef0123456789abcdef-320.jpg")
	os.WriteFile(youngUnused, []byte("x"), 0o644)
	os.Chtimes(youngUnused, young, young)

	n, err := after.Prune(30*24*time.Hour, now)
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("removed %d files, want the old photo's 2 copies and the stray temporary file", n)
	}
	left, _ := filepath.Glob(filepath.Join(cache, "*"))
	left2, _ := filepath.Glob(filepath.Join(cache, ".*"))
	left = append(left, left2...)
	sort.Strings(left)
	for _, f := range oldCopies {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("%s, unused and old, is still there", filepath.Base(f))
		}
	}
	if len(left) != 3 {
		t.Errorf("left %v, want the 2 copies in use and the young unused one", left)
	}
	st := after.Stats()
	again := plan(t, map[string][]byte{"anh.jpg": encodeJPEG(t, photo(700, 400, false))}, cache)
	allBytes(t, again)
	if got := again.Stats(); got.Cached != 2 || got.Resized != 0 {
		t.Errorf("after pruning, the photo in use: %+v (before %+v), want both copies from the cache", got, st)
	}
}
