package content

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/markdown"
)

// TestBody: a body converts to what the site's Markdown makes of it,
// whether it is kept or read again, and with DropBodies a file changed
// after loading is an error naming it, not a page of the new text; a
// kept body is the text that was loaded.
func TestBody(t *testing.T) {
	name := "content/ho-so/hoa.md"
	src := "\xef\xbb\xbf" + strings.Replace(good, "Cô giáo", "Co\u0302 gia\u0301o", 1) // a BOM, and not NFC
	want, _ := markdown.New(false).Convert([]byte("\nCô giáo **Hoa** dạy học ở làng.\n"))
	for _, drop := range []bool{false, true} {
		fsys := fstest.MapFS{name: &fstest.MapFile{Data: []byte(src)}}
		set, _, err := Load(fsys, site(t), Options{Now: now, DropBodies: drop})
		if err != nil {
			t.Fatal(err)
		}
		b := set.Profiles[0].Body
		if got, err := b.HTML(); err != nil || got != want.HTML {
			t.Errorf("drop=%v: HTML() = %q, %v; want %q", drop, got, err, want.HTML)
		}
		fsys[name] = &fstest.MapFile{Data: []byte(strings.Replace(src, "làng", "bản", 1))}
		got, err := b.HTML()
		if !drop {
			if err != nil || got != want.HTML {
				t.Errorf("kept body after an edit: %q, %v", got, err)
			}
			continue
		}
		var de *diag.Error
		if !errors.As(err, &de) || de.Path != name || !errors.Is(err, errChanged) || got != "" {
			t.Errorf("dropped body after an edit: %q, %v", got, err)
		}
		delete(fsys, name)
		if _, err := b.HTML(); !errors.As(err, &de) || de.Path != name {
			t.Errorf("dropped body of a removed file: %v", err)
		}
	}
	if got, err := (Body{}).HTML(); got != "" || err != nil {
		t.Errorf("zero Body: %q, %v", got, err)
	}
}
