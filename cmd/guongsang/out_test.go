package main

import (
	"bytes"
	"crypto/sha256"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/guongsang/guongsang/generator/output"
)

// newSite creates a site with init under a fresh temporary folder and
// returns the folder that holds it and the site folder.
func newSite(t *testing.T) (root, site string) {
	t.Helper()
	root = t.TempDir()
	site = filepath.Join(root, "site")
	if code, _, e := runCmd("init", site); code != 0 {
		t.Fatalf("init: %d %s", code, e)
	}
	return root, site
}

// tree returns the SHA-256 of every file and the names of every folder
// under dir, so that two calls compare equal only if nothing was added,
// removed or changed, hidden entries included.
func tree(t *testing.T, dir string) map[string][sha256.Size]byte {
	t.Helper()
	out := map[string][sha256.Size]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		switch {
		case d.IsDir():
			out[rel+"/"] = [sha256.Size]byte{}
		case d.Type()&os.ModeSymlink != 0:
			l, err := os.Readlink(p)
			if err != nil {
				return err
			}
			out[rel+" -> "] = sha256.Sum256([]byte(l))
		default:
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			out[rel] = sha256.Sum256(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestOutRefused: `build --out` refuses every folder that is not its own,
// before it reads or writes anything: each refusal has its own message
// and exit code 2, and the whole folder around the site is byte for byte
// what it was, with nothing hidden added beside the output.
func TestOutRefused(t *testing.T) {
	root, site := newSite(t)
	www := filepath.Join(root, "www")
	os.MkdirAll(filepath.Join(www, "other-site"), 0o755)
	os.WriteFile(filepath.Join(www, "bao-cao.docx"), []byte("PK\x03\x04 a year of work"), 0o644)
	os.WriteFile(filepath.Join(www, "other-site", "index.html"), []byte("<p>another site</p>"), 0o644)
	afile := filepath.Join(root, "afile.txt")
	os.WriteFile(afile, []byte("notes"), 0o644)
	os.Symlink(www, filepath.Join(root, "link"))

	for _, c := range []struct {
		name, out, want string
	}{
		{"user files", www, "không dựng vào " + www + ": thư mục này đang chứa 2 mục không do guongsang tạo ra (bao-cao.docx, other-site/); " +
			"guongsang chỉ ghi vào thư mục chưa có, thư mục trống, hoặc thư mục do chính nó dựng; hãy chọn thư mục khác, ví dụ --out public. " +
			"Nếu đã kiểm tra và muốn thay nội dung thư mục này bằng trang mới, chạy lại với --force: nội dung hiện có được chuyển nguyên vẹn vào " +
			filepath.Join(root, ".www.guongsang", "noi-dung-cu-…") + ", không bị xoá"},
		{"site folder", site, "không dựng vào " + site + ": đây chính là thư mục trang (nơi có site.yaml và content/); " +
			"bỏ --out để dựng vào thư mục public của trang, hoặc chọn một thư mục mới, ví dụ --out public"},
		{"content", filepath.Join(site, "content"), "không dựng vào " + filepath.Join(site, "content") + ": thư mục này nằm trong " +
			filepath.Join(site, "content") + ", nơi guongsang đọc nội dung của trang"},
		{"inside content", filepath.Join(site, "content", "ho-so", "moi"), "nằm trong " + filepath.Join(site, "content") + ","},
		{"static", filepath.Join(site, "static", "x"), "nằm trong " + filepath.Join(site, "static") + ","},
		{"themes", filepath.Join(site, "themes"), "nằm trong " + filepath.Join(site, "themes") + ","},
		{"site.yaml", filepath.Join(site, "site.yaml"), "không dựng vào " + filepath.Join(site, "site.yaml") + ": đây là một tệp, không phải thư mục; chọn một thư mục, ví dụ --out public"},
		{"a file", afile, "không dựng vào " + afile + ": đây là một tệp, không phải thư mục"},
		{"holds the site", root, "không dựng vào " + root + ": thư mục này chứa thư mục trang " + site},
		{"root", "/", "không dựng vào /: đây là thư mục gốc của ổ đĩa"},
		{"a link", filepath.Join(root, "link"), "không dựng vào " + filepath.Join(root, "link") + ": đây là lối tắt (liên kết) tới " + www + "; ghi thẳng đường dẫn thật của thư mục: --out " + www},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := tree(t, root)
			code, out, e := runCmd("build", "--site", site, "--out", c.out)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if out != "" || !strings.Contains(e, c.want) || !strings.HasSuffix(e, "1 lỗi; chưa đăng gì, trang cũ vẫn giữ nguyên\n") {
				t.Errorf("stdout %q\nstderr %s\nwant %s", out, e, c.want)
			}
			if after := tree(t, root); !maps.Equal(before, after) {
				for k := range after {
					if _, ok := before[k]; !ok {
						t.Errorf("created %s", k)
					}
				}
				t.Error("the refused build changed files")
			}
		})
	}
	// --out . in the site folder (the working folder of the command).
	bin := buildBinary(t)
	before := tree(t, root)
	cmd := exec.Command(bin, "build", "--out", ".")
	cmd.Dir = site
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if cmd.ProcessState.ExitCode() != exitUsage || !strings.Contains(stderr.String(), "không dựng vào thư mục hiện tại (.); ghi tên một thư mục con mới, ví dụ --out public") {
		t.Errorf("--out .: %v\n%s", err, stderr.String())
	}
	if !maps.Equal(before, tree(t, root)) {
		t.Error("--out . changed files")
	}
}

// TestOutOwn: a new folder, and an empty one, become the site's output;
// the second build reuses the first's kept site; beside the output there
// is only its state folder.
func TestOutOwn(t *testing.T) {
	root, site := newSite(t)
	for _, name := range []string{"moi", "trong"} {
		out := filepath.Join(root, name)
		if name == "trong" {
			os.Mkdir(out, 0o755)
		}
		for i := range 2 {
			code, stdout, e := runCmd("build", "--site", site, "--out", out)
			if code != 0 {
				t.Fatalf("%s build %d: exit %d %s", name, i+1, code, e)
			}
			if _, err := os.Stat(filepath.Join(out, output.Marker)); err != nil {
				t.Errorf("%s build %d: no marker: %v", name, i+1, err)
			}
			if i == 1 && !strings.Contains(stdout, "(0 tệp ghi mới)") {
				t.Errorf("%s: the unchanged second build wrote files: %s", name, stdout)
			}
		}
		state := filepath.Join(root, "."+name+".guongsang")
		ents, _ := os.ReadDir(state)
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		if strings.Join(names, " ") != "lock prev" {
			t.Errorf("%s: the state folder holds %v, want the lock and the kept site", name, names)
		}
	}
	ents, _ := os.ReadDir(root)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if got := strings.Join(names, " "); got != ".moi.guongsang .trong.guongsang moi site trong" {
		t.Errorf("beside the outputs: %s", got)
	}
}

// TestOutForce: --force adopts a folder guongsang did not make, and moves
// what was in it, byte for byte, into the state folder instead of
// deleting it; later builds keep it there.
func TestOutForce(t *testing.T) {
	root, site := newSite(t)
	www := filepath.Join(root, "www")
	os.MkdirAll(filepath.Join(www, "other-site"), 0o755)
	os.WriteFile(filepath.Join(www, "bao-cao.docx"), []byte("a year of work"), 0o644)
	os.WriteFile(filepath.Join(www, "other-site", "index.html"), []byte("<p>x</p>"), 0o644)
	before := hashDir(t, www)
	code, _, e := runCmd("build", "--site", site, "--out", www, "--force")
	if code != 0 {
		t.Fatalf("exit %d %s", code, e)
	}
	kept, _ := filepath.Glob(filepath.Join(root, ".www.guongsang", "noi-dung-cu-*"))
	if len(kept) != 1 {
		t.Fatalf("kept %v", kept)
	}
	if !maps.Equal(hashDir(t, kept[0]), before) {
		t.Error("the folder's contents were not kept whole")
	}
	if !strings.Contains(e, "nội dung trước đây của "+www+" được giữ nguyên vẹn ở "+kept[0]) {
		t.Errorf("stderr %s", e)
	}
	for range 2 {
		if code, _, e := runCmd("build", "--site", site, "--out", www); code != 0 {
			t.Fatalf("rebuild: exit %d %s", code, e)
		}
	}
	if !maps.Equal(hashDir(t, kept[0]), before) {
		t.Error("a later build touched the kept contents")
	}
}

// TestOutLegacy: a public/ built before the marker existed (its lock file
// and kept site beside it) is adopted without --force, and the old names
// are gone afterwards.
func TestOutLegacy(t *testing.T) {
	_, site := newSite(t)
	public := filepath.Join(site, "public")
	os.MkdirAll(public, 0o755)
	os.WriteFile(filepath.Join(public, "index.html"), []byte("old site"), 0o644)
	os.WriteFile(filepath.Join(site, ".public.guongsang-lock"), nil, 0o644)
	os.MkdirAll(filepath.Join(site, ".public.guongsang-prev", "ho-so"), 0o700)
	os.WriteFile(filepath.Join(site, ".public.guongsang-prev", "index.html"), []byte("older site"), 0o644)
	if code, _, e := runCmd("build", "--site", site); code != 0 {
		t.Fatalf("exit %d %s", code, e)
	}
	for _, n := range []string{".public.guongsang-lock", ".public.guongsang-prev"} {
		if _, err := os.Lstat(filepath.Join(site, n)); err == nil {
			t.Errorf("%s left beside public/", n)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(public, "index.html")); bytes.Equal(b, []byte("old site")) {
		t.Error("public/ not rebuilt")
	}
}
