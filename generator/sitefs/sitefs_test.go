package sitefs

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestReadFileLimit reads through an FS and through os.Root alone: the
// bytes, sizes and errors must be the same, whichever way a read went.
func TestReadFileLimit(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "site")
	write := func(p, s string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(site, "content/ho-so/a.md"), "---\ntitle: A\n---\n")
	write(filepath.Join(site, "content/big.md"), strings.Repeat("x", 100))
	write(filepath.Join(dir, "secret.txt"), "bí mật")
	links := map[string]string{
		"content/out.md":     "../../secret.txt",
		"content/abs.md":     filepath.Join(dir, "secret.txt"),
		"content/inside.md":  "ho-so/a.md",
		"content/dirlink.md": "ho-so",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(site, name)); err != nil {
			t.Skip("no symlinks here:", err)
		}
	}
	if err := mkfifo(filepath.Join(site, "content/fifo.md")); err != nil {
		t.Log("no fifo:", err)
	}
	root, err := os.OpenRoot(site)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	f := New(root)
	defer f.Close()
	if runtime.GOOS == "linux" && f.dir < 0 {
		t.Error("no directory descriptor: every read would go through os.Root")
	}
	plain := root.FS()
	for _, name := range []string{"content/ho-so/a.md", "content/big.md", "content/out.md", "content/abs.md",
		"content/inside.md", "content/dirlink.md", "content/missing.md", "content/ho-so", "../secret.txt", "/etc/passwd", "content/fifo.md"} {
		if name == "content/fifo.md" {
			if _, err := os.Lstat(filepath.Join(site, name)); err != nil {
				continue
			}
			// os.Root would block opening a FIFO; only the FS is checked:
			// it must not block and must not return data.
			b, _, err := f.ReadFileLimit(name, 50, nil)
			if err == nil && b != nil {
				t.Errorf("%s: read %q from a FIFO", name, b)
			}
			continue
		}
		got, gotSize, gotErr := f.ReadFileLimit(name, 50, nil)
		want, wantSize, wantErr := ReadFileLimit(plain, name, 50, nil)
		if string(got) != string(want) || gotSize != wantSize || errText(gotErr) != errText(wantErr) {
			t.Errorf("%s: FS gives %q, %d, %v; os.Root %q, %d, %v", name, got, gotSize, gotErr, want, wantSize, wantErr)
		}
	}
	// The escapes are refused, and a read within the folder works.
	for _, name := range []string{"content/out.md", "content/abs.md"} {
		if _, _, err := f.ReadFileLimit(name, 50, nil); err == nil {
			t.Errorf("%s: read a file outside the site", name)
		}
	}
	if b, _, err := f.ReadFileLimit("content/inside.md", 50, nil); err != nil || !strings.Contains(string(b), "title: A") {
		t.Errorf("content/inside.md: %q, %v", b, err)
	}
	if b, size, err := f.ReadFileLimit("content/big.md", 50, nil); err != nil || b != nil || size != 100 {
		t.Errorf("content/big.md over the limit: %q, %d, %v", b, size, err)
	}
	// A buffer with room is reused, by both paths; a small one is not.
	for _, fsys := range []fs.FS{f, plain} {
		buf := make([]byte, 3, 1024)
		b, _, err := ReadFileLimit(fsys, "content/ho-so/a.md", 50, buf)
		if err != nil || string(b) != "---\ntitle: A\n---\n" || &b[0] != &buf[0] {
			t.Errorf("%T: read %q, %v into a 1024-byte buffer: reused %v", fsys, b, err, err == nil && &b[0] == &buf[0])
		}
		small := make([]byte, 0, 4)
		if b, _, err := ReadFileLimit(fsys, "content/ho-so/a.md", 50, small); err != nil || string(b) != "---\ntitle: A\n---\n" {
			t.Errorf("%T: read %q, %v into a 4-byte buffer", fsys, b, err)
		}
	}
	if _, _, err := f.ReadFileLimit("content/missing.md", 50, nil); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("content/missing.md: %v, want fs.ErrNotExist", err)
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
