package build

import (
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/output"
)

// TestDropBodies: a build that reads bodies again when it renders them
// (as Build and Check do) writes the bytes of one that keeps them (as the
// preview does); and a profile whose file changed between loading and
// rendering fails the build, naming the file, rather than publishing a
// page made of two versions of it.
func TestDropBodies(t *testing.T) {
	dir := copyDir(t, "testdata/golden/site")
	keep := func() map[string][]byte {
		s, err := Load(os.DirFS(dir), Options{Now: now})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Theme.Fingerprint(); err != nil {
			t.Fatal(err)
		}
		m := output.NewMemory()
		if _, err := Write(context.Background(), s, newRenderer(s), m); err != nil {
			t.Fatal(err)
		}
		return m.Files()
	}()
	if got := buildMemory(t, dir, Options{}); !maps.EqualFunc(got, keep, func(a, b []byte) bool { return string(a) == string(b) }) {
		t.Error("reading bodies again made other bytes than keeping them")
	}

	const name = "content/ho-so/nguyen-thi-hoa.md"
	s, err := Load(os.DirFS(dir), Options{Now: now, dropBodies: true})
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), append(src, "\nMột câu thêm.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Write(context.Background(), s, newRenderer(s), output.NewMemory())
	var de *diag.Error
	if !errors.As(err, &de) || de.Path != name || !strings.Contains(de.Msg, i18n.ContentChangedWhileBuilding.T()) {
		t.Errorf("a body changed after loading: err = %v", err)
	}
}
