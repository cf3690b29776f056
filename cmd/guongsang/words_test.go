package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommandLineUnderstands: what people type is understood, and what is
// wrong is said in Vietnamese, with the command's help.
func TestCommandLineUnderstands(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "mysite")
	if code, out, e := runCmd("init", dir); code != 0 || out != "đã tạo trang trong "+dir+" (site.yaml, content/ho-so/vi-du-guong-sang.md)\ntiếp theo: guongsang serve "+dir+"\n" {
		t.Fatalf("init: %d %q %s", code, out, e)
	}
	// A folder after the command is the site, before or after the flags.
	for _, args := range [][]string{{"check", dir}, {"check", dir, "--drafts"}, {"check", "--drafts", dir}, {"check", "--site", dir, dir}} {
		if code, out, e := runCmd(args...); code != 0 || !strings.HasPrefix(out, "ổn: đã kiểm tra ") {
			t.Errorf("%q: %d %q %s", args, code, out, e)
		}
	}
	if code, out, e := runCmd("build", dir); code != 0 || !strings.HasPrefix(out, "đã dựng 0 hồ sơ, ") ||
		!strings.HasSuffix(strings.TrimSpace(out), filepath.Join(dir, "public")) {
		t.Errorf("build DIR: %d %q %s", code, out, e)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "index.html")); err != nil {
		t.Errorf("build DIR did not build in DIR: %v", err)
	}
	// A folder that is not a site names site.yaml, in Vietnamese.
	if code, _, e := runCmd("check", t.TempDir()); code != 1 || !strings.Contains(e, "site.yaml: không tìm thấy tệp; chạy lệnh trong thư mục của trang") ||
		!strings.Contains(e, "1 lỗi cần sửa trước khi đăng") {
		t.Errorf("check in no site: %d %q", code, e)
	}

	for _, c := range []struct {
		args []string
		want string // the first line of stderr
	}{
		{[]string{"buidl"}, `guongsang: không có lệnh "buidl"; có phải bạn muốn "guongsang build"?`},
		{[]string{"chek"}, `guongsang: không có lệnh "chek"; có phải bạn muốn "guongsang check"?`},
		{[]string{"check", "--draft"}, `check: không có tuỳ chọn --draft; có phải bạn muốn "--drafts"?`},
		{[]string{"serve", "--port"}, `serve: tuỳ chọn --port cần một giá trị, ví dụ --port GIÁ_TRỊ`},
		{[]string{"serve", "--port", "abc"}, `serve: giá trị "abc" của --port không dùng được`},
		{[]string{"check", "a", "b"}, `check: thừa tham số "b": chỉ ghi một thư mục`},
		{[]string{"build", "a", "--site", "b"}, `build: có hai thư mục: "a" và --site "b"; chỉ ghi một`},
		{[]string{"version", "x"}, `version: thừa tham số "x": chỉ ghi một thư mục`},
		{[]string{"--lang", "fr", "check"}, `guongsang: --lang "fr": chỉ có vi (tiếng Việt) và en (tiếng Anh)`},
	} {
		code, _, e := runCmd(c.args...)
		first, rest, _ := strings.Cut(e, "\n")
		if code != 2 || first != c.want {
			t.Errorf("%q: exit %d, first line %q, want %q", c.args, code, first, c.want)
		}
		// A wrong flag or argument of a command shows that command's help.
		if name := c.args[0]; name != "buidl" && name != "chek" && name != "--lang" && !strings.Contains(rest, "Cách dùng: guongsang "+name) {
			t.Errorf("%q: no help after the error: %q", c.args, rest)
		}
	}
}

// TestLangEnglish: --lang en, anywhere on the line, or GUONGSANG_LANG=en
// give English; the next run without them is Vietnamese again.
func TestLangEnglish(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "s")
	if code, _, e := runCmd("init", dir); code != 0 {
		t.Fatalf("init: %d %s", code, e)
	}
	if code, out, _ := runCmd("check", dir, "--lang", "en"); code != 0 || out != "ok: 0 profile(s) checked (1 draft(s) left out), 0 warning(s)\n" {
		t.Errorf("--lang en: %d %q", code, out)
	}
	if code, out, _ := runCmd("--lang=en", "check", "-h"); code != 0 || !strings.HasPrefix(out, "Usage: guongsang check [DIR]") {
		t.Errorf("--lang=en -h: %d %q", code, out)
	}
	t.Setenv("GUONGSANG_LANG", "en")
	if code, _, e := runCmd("buidl"); code != 2 || !strings.HasPrefix(e, `guongsang: unknown command "buidl"; did you mean "guongsang build"?`) {
		t.Errorf("GUONGSANG_LANG=en: %d %q", code, e)
	}
	if code, out, _ := runCmd("check", dir, "--lang", "vi"); code != 0 || !strings.HasPrefix(out, "ổn: ") {
		t.Errorf("--lang vi over GUONGSANG_LANG=en: %d %q", code, out)
	}
	os.Unsetenv("GUONGSANG_LANG")
	if code, out, _ := runCmd("check", dir); code != 0 || !strings.HasPrefix(out, "ổn: ") {
		t.Errorf("after English, a plain run: %d %q", code, out)
	}
}
