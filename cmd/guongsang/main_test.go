package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCmd(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return code, o.String(), e.String()
}

func TestExitCodes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "s")
	if code, _, e := runCmd("init", dir); code != 0 {
		t.Fatalf("init: %d %s", code, e)
	}
	if code, out, e := runCmd("build", "--site", dir); code != 0 || !strings.HasPrefix(out, "đã dựng 0 hồ sơ, ") /* init's example is a draft */ {
		t.Fatalf("build: %d %q %s", code, out, e)
	}
	if code, out, _ := runCmd("check", "--site", dir); code != 0 || out != "ổn: đã kiểm tra 0 hồ sơ (không tính 1 bản nháp), 0 cảnh báo\n" {
		t.Errorf("check: %d %q", code, out)
	}
	// Content errors: exit 1, messages on stderr with file and line.
	p := filepath.Join(dir, "content", "ho-so", "vi-du-guong-sang.md")
	b, _ := os.ReadFile(p)
	os.WriteFile(p, bytes.Replace(b, []byte("district: chu-pah"), []byte("district: Chu Pa"), 1), 0o644)
	for _, cmd := range []string{"build", "check"} {
		code, _, e := runCmd(cmd, "--site", dir, "--drafts") // a draft's problems are errors only with --drafts
		if code != 1 || !strings.Contains(e, `content/ho-so/vi-du-guong-sang.md:5: district: "Chu Pa" không có trong danh sách districts của site.yaml; có phải bạn muốn "Chư Păh" (chu-pah)?`) {
			t.Errorf("%s: exit %d, stderr %s", cmd, code, e)
		}
	}
	// Usage errors: exit 2.
	for _, args := range [][]string{{}, {"nope"}, {"build", "--nope"}, {"new", "--site", dir}, {"init"}} {
		if code, _, _ := runCmd(args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
	// -h prints the help, with examples, on stdout and exits 0.
	for _, cmd := range []string{"build", "check", "new", "init", "serve", "version"} {
		code, out, _ := runCmd(cmd, "-h")
		if code != 0 || !strings.HasPrefix(out, "Cách dùng: guongsang "+cmd) || !strings.Contains(out, "\nVí dụ:\n") {
			t.Errorf("%s -h: exit %d, %q", cmd, code, out)
		}
	}
	if code, out, _ := runCmd("version"); code != 0 || !strings.HasPrefix(out, "guongsang ") {
		t.Errorf("version: %d %q", code, out)
	}
	// new: writes a file, refuses to overwrite.
	args := []string{"new", "--site", dir, "--kind", "individual", "--district", "chu-pah", "--category", "nong-thon-moi", "--year", "2020", "Rơ Châm H'Lim"}
	if code, out, e := runCmd(args...); code != 0 || !strings.Contains(out, "ro-cham-h-lim.md") {
		t.Errorf("new: %d %q %s", code, out, e)
	}
	if code, _, e := runCmd(args...); code != 2 || !strings.Contains(e, "content/ho-so/ro-cham-h-lim.md đã có; tệp đó không bị thay đổi") {
		t.Errorf("new again: %d %s", code, e)
	}
}
