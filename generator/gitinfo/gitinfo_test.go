package gitinfo

import (
	"context"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	out := "\x011600000000\n\ncontent/a.md\n\"content/t\\303\\252n \\\"x\\\".md\"\n\x011500000000\n\ncontent/a.md\ncontent/b.md\n"
	got, err := parse([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]time.Time{
		"content/a.md":         time.Unix(1600000000, 0).UTC(),
		"content/tên \"x\".md": time.Unix(1600000000, 0).UTC(),
		"content/b.md":         time.Unix(1500000000, 0).UTC(),
	}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for k, v := range want {
		if !got[k].Equal(v) {
			t.Errorf("%s: %v, want %v", k, got[k], v)
		}
	}
	if _, err := parse([]byte("\x01notanumber\n")); err == nil {
		t.Error("bad output accepted")
	}
}

// TestNotARepository: outside a repository there are no dates and an
// error, so callers fall back.
func TestNotARepository(t *testing.T) {
	dates, err := LastCommits(context.Background(), t.TempDir(), "content")
	if err == nil || dates != nil {
		t.Errorf("got %v, %v; want an error and no dates", dates, err)
	}
}
