package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestPackIgnoresTimesAndUmask packs one folder twice, with other file
// times and group-writable modes the second time: the bytes must not
// change, since they come from -epoch and the executable bit only.
func TestPackIgnoresTimesAndUmask(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "vi-du", "content"), 0o755)
	os.WriteFile(filepath.Join(dir, "vi-du", "site.yaml"), []byte("title: x\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "guongsang"), []byte("\x7fELF"), 0o755)
	epoch := time.Unix(1700000000, 0).UTC()
	for _, ext := range []string{".zip", ".tar.gz"} {
		a := filepath.Join(t.TempDir(), "a"+ext)
		b := filepath.Join(t.TempDir(), "b"+ext)
		if err := Pack(a, dir, epoch); err != nil {
			t.Fatal(err)
		}
		later := time.Now().Add(time.Hour)
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			os.Chtimes(p, later, later)
			if fi, err := os.Stat(p); err == nil {
				os.Chmod(p, fi.Mode().Perm()|0o020)
			}
			return nil
		})
		if err := Pack(b, dir, epoch); err != nil {
			t.Fatal(err)
		}
		ab, _ := os.ReadFile(a)
		bb, _ := os.ReadFile(b)
		if !bytes.Equal(ab, bb) {
			t.Errorf("%s: two packs of the same files differ", ext)
		}
		ents := entries(t, a)
		want := []string{"guongsang 0755", "vi-du/ 0755", "vi-du/content/ 0755", "vi-du/site.yaml 0644"}
		if !slices.Equal(ents, want) {
			t.Errorf("%s: entries %q, want %q", ext, ents, want)
		}
	}
}

// TestRelease runs scripts/release twice into two folders and checks that
// the archives are byte-identical, that each holds what a writer needs,
// that SHA256SUMS is right, and that this system's binary from its archive
// prints the stamped version and builds the example site.
//
// It builds two targets (linux/amd64 and windows/amd64, so one .tar.gz and
// one .zip, plus this system's target when it is neither); set
// GUONGSANG_RELEASE_ALL=1 to build all six as the release does. The first
// run compiles for each target once (minutes on a cold build cache); the
// second reuses the cache.
func TestRelease(t *testing.T) {
	if testing.Short() {
		t.Skip("cross-compiles guongsang twice")
	}
	if runtime.GOOS == "windows" {
		// Releases are made on Linux (.github/workflows/release.yml);
		// Windows has no bash of its own to run the script with.
		t.Skip("scripts/release is a bash script; releases are built on Linux")
	}
	for _, tool := range []string{"bash", "git"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("scripts/release needs %s: %v", tool, err)
		}
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	host := runtime.GOOS + "/" + runtime.GOARCH
	targets := []string{"linux/amd64", "windows/amd64"}
	if !slices.Contains(targets, host) {
		targets = append(targets, host)
	}
	env := append(os.Environ(), "GUONGSANG_RELEASE_TARGETS="+strings.Join(targets, " "))
	if os.Getenv("GUONGSANG_RELEASE_ALL") == "1" {
		env = append(os.Environ(), "GUONGSANG_RELEASE_TARGETS=")
		targets = []string{"windows/amd64", "windows/arm64", "darwin/amd64", "darwin/arm64", "linux/amd64", "linux/arm64"}
	}
	const version = "v0.0.0-test"
	var dirs [2]string
	for i := range dirs {
		dirs[i] = t.TempDir()
		cmd := exec.Command("bash", filepath.Join(root, "scripts", "release"), version, dirs[i])
		cmd.Dir = root
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("scripts/release (run %d): %v\n%s", i+1, err, out)
		}
	}

	names := func(dir string) []string {
		ents, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var ns []string
		for _, e := range ents {
			ns = append(ns, e.Name())
		}
		return ns
	}
	var want []string
	for _, tg := range targets {
		goos, goarch, _ := strings.Cut(tg, "/")
		ext := ".zip"
		if goos == "linux" {
			ext = ".tar.gz"
		}
		want = append(want, "guongsang_"+version+"_"+goos+"_"+goarch+ext)
	}
	want = append(want, "SHA256SUMS")
	sort.Strings(want)
	if got := names(dirs[0]); !slices.Equal(got, want) {
		t.Fatalf("release folder holds %q, want %q", got, want)
	}
	if got := names(dirs[1]); !slices.Equal(got, want) {
		t.Fatalf("second release folder holds %q, want %q", got, want)
	}

	var sums strings.Builder
	for _, n := range want {
		a, _ := os.ReadFile(filepath.Join(dirs[0], n))
		b, _ := os.ReadFile(filepath.Join(dirs[1], n))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs on the same commit", n)
		}
		if n != "SHA256SUMS" {
			h := sha256.Sum256(a)
			sums.WriteString(hex.EncodeToString(h[:]) + "  " + n + "\n")
		}
	}
	if got, _ := os.ReadFile(filepath.Join(dirs[0], "SHA256SUMS")); string(got) != sums.String() {
		t.Errorf("SHA256SUMS is\n%s\nwant\n%s", got, sums.String())
	}

	for _, n := range want {
		if n == "SHA256SUMS" {
			continue
		}
		exe := "guongsang 0755"
		if strings.Contains(n, "_windows_") {
			exe = "guongsang.exe 0755"
		}
		ents := entries(t, filepath.Join(dirs[0], n))
		for _, w := range []string{exe, "huong-dan-viet-ho-so.md 0644", "huong-dan-viet-ho-so.html 0644",
			"THIRD_PARTY_LICENSES.txt 0644", "vi-du/ 0755", "vi-du/site.yaml 0644",
			"vi-du/content/ho-so/vi-du-guong-sang.md 0644", "vi-du/content/ho-so/ro-mah-h-yen/chan-dung.svg 0644"} {
			if !slices.Contains(ents, w) {
				t.Errorf("%s lacks %q; it holds %q", n, w, ents)
			}
		}
		if _, err := os.Stat(filepath.Join(root, "LICENSE")); err == nil && !slices.Contains(ents, "LICENSE 0644") {
			t.Errorf("%s lacks the repository's LICENSE", n)
		}
		for _, e := range ents {
			if strings.HasPrefix(e, "/") || strings.Contains(e, "..") {
				t.Errorf("%s: entry %q leaves the folder", n, e)
			}
		}
	}

	// The licences: every module linked into the binary, and Go's own.
	unpacked := filepath.Join(t.TempDir(), "unpacked")
	ext := ".zip"
	if runtime.GOOS == "linux" {
		ext = ".tar.gz"
	}
	unpack(t, filepath.Join(dirs[0], "guongsang_"+version+"_"+runtime.GOOS+"_"+runtime.GOARCH+ext), unpacked)
	lic, err := os.ReadFile(filepath.Join(unpacked, "THIRD_PARTY_LICENSES.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []string{"Go standard library and runtime", "github.com/yuin/goldmark ", "golang.org/x/text ", "github.com/xuri/excelize/v2 "} {
		if !bytes.Contains(lic, []byte("\n"+m)) {
			t.Errorf("THIRD_PARTY_LICENSES.txt lacks %q", m)
		}
	}
	if bytes.Contains(lic, []byte("chromedp")) {
		t.Error("THIRD_PARTY_LICENSES.txt lists chromedp, which only the tests use")
	}
	if html, _ := os.ReadFile(filepath.Join(unpacked, "huong-dan-viet-ho-so.html")); !bytes.Contains(html, []byte("<h1 id=")) || !bytes.Contains(html, []byte(`<meta charset="utf-8">`)) {
		t.Errorf("the guide's HTML is not a rendered page:\n%.300s", html)
	}

	// This system's binary: the stamped version, and a build of vi-du.
	bin := filepath.Join(unpacked, "guongsang")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	out, err := exec.Command(bin, "version").Output()
	if err != nil {
		t.Fatalf("%s version: %v", bin, err)
	}
	commit, _ := exec.Command("git", "-C", root, "rev-parse", "HEAD").Output()
	for _, w := range []string{"guongsang " + version + "\n", strings.TrimSpace(string(commit)), runtime.Version()} {
		if !strings.Contains(string(out), w) {
			t.Errorf("version prints %q, want it to hold %q", out, w)
		}
	}
	public := filepath.Join(t.TempDir(), "public")
	cmd := exec.Command(bin, "build", filepath.Join(unpacked, "vi-du"), "--out", public)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build vi-du: %v\n%s", err, out)
	}
	for _, p := range []string{"index.html", "ho-so/ro-mah-h-yen/index.html"} {
		if _, err := os.Stat(filepath.Join(public, filepath.FromSlash(p))); err != nil {
			t.Errorf("the example site's build lacks %s", p)
		}
	}
	// init's example profile is a draft: a writer's first build does not
	// publish it by mistake.
	if _, err := os.Stat(filepath.Join(public, "ho-so", "vi-du-guong-sang", "index.html")); err == nil {
		t.Error("the example site's build published init's example profile, a draft")
	}
}

// entries lists an archive's entries as "name mode".
func entries(t *testing.T, archive string) []string {
	t.Helper()
	var out []string
	walkArchive(t, archive, func(name string, mode fs.FileMode, r io.Reader) {
		out = append(out, name+" "+strings.TrimPrefix(mode.Perm().String(), "-"))
	})
	for i, e := range out {
		name, perm, _ := strings.Cut(e, " ")
		out[i] = name + " " + octal(perm)
	}
	return out
}

// octal turns "rwxr-xr-x" into "0755".
func octal(perm string) string {
	n := 0
	for i, c := range perm {
		if c != '-' {
			n |= 1 << (8 - i)
		}
	}
	return "0" + string(rune('0'+n>>6&7)) + string(rune('0'+n>>3&7)) + string(rune('0'+n&7))
}

// unpack writes an archive's files under dir.
func unpack(t *testing.T, archive, dir string) {
	t.Helper()
	walkArchive(t, archive, func(name string, mode fs.FileMode, r io.Reader) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			os.MkdirAll(p, 0o755)
			return
		}
		os.MkdirAll(filepath.Dir(p), 0o755)
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, mode.Perm()); err != nil {
			t.Fatal(err)
		}
	})
}

// walkArchive calls f for each entry of a .zip or .tar.gz, in order.
func walkArchive(t *testing.T, archive string, f func(name string, mode fs.FileMode, r io.Reader)) {
	t.Helper()
	if strings.HasSuffix(archive, ".zip") {
		zr, err := zip.OpenReader(archive)
		if err != nil {
			t.Fatal(err)
		}
		defer zr.Close()
		for _, zf := range zr.File {
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			f(zf.Name, zf.Mode(), rc)
			rc.Close()
		}
		return
	}
	fh, err := os.Open(archive)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	gz, err := gzip.NewReader(fh)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.Uid != 0 || h.Gid != 0 || h.Uname != "" || h.Gname != "" {
			t.Errorf("%s: %s is owned by %d:%d %q:%q, want 0:0", archive, h.Name, h.Uid, h.Gid, h.Uname, h.Gname)
		}
		f(h.Name, fs.FileMode(h.Mode), tr)
	}
}
