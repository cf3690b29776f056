package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportExample imports the example list kept in docs/ into a new
// site: every row becomes a draft, the site checks clean, and a second
// import writes nothing.
func TestImportExample(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "s")
	if code, _, e := runCmd("init", dir); code != 0 {
		t.Fatalf("init: %d %s", code, e)
	}
	sheet := filepath.Join("..", "..", "docs", "vi-du", "danh-sach-khen-thuong.csv")
	code, out, e := runCmd("import", sheet, "--site", dir, "--dry-run")
	if code != 0 || !strings.Contains(out, "sẽ tạo content/ho-so/siu-h-lan.md:") || !strings.Contains(out, "chưa ghi gì: sẽ tạo 5 bản nháp") {
		t.Fatalf("dry run: %d\n%s\n%s", code, out, e)
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, "content", "ho-so")); len(ents) != 1 {
		t.Fatalf("the dry run wrote %d files", len(ents)-1)
	}
	code, out, e = runCmd("import", "--site", dir, sheet)
	if code != 0 || !strings.Contains(out, "F «Huyện/Thị xã/Thành phố» → địa bàn (huyện, thị xã, thành phố) [district]") ||
		!strings.Contains(out, "Đã tạo 5 bản nháp, bỏ qua 0 dòng đã có hồ sơ, 0 dòng cần sửa.") {
		t.Fatalf("import: %d\n%s\n%s", code, out, e)
	}
	if code, out, e := runCmd("check", "--site", dir, "--drafts"); code != 0 || !strings.HasPrefix(out, "ổn: đã kiểm tra 6 hồ sơ") {
		t.Errorf("check: %d %q %s", code, out, e)
	}
	code, out, _ = runCmd("import", "--site", dir, sheet)
	if code != 0 || !strings.Contains(out, "Đã tạo 0 bản nháp, bỏ qua 5 dòng đã có hồ sơ") {
		t.Errorf("again: %d\n%s", code, out)
	}
	// A row to correct: exit 1, the row named on stderr.
	bad := filepath.Join(t.TempDir(), "sai.csv")
	os.WriteFile(bad, []byte("Họ và tên,Huyện,Lĩnh vực,Năm\nKsor Ban,Chu Pa,Y tế,2020\n"), 0o644)
	code, _, e = runCmd("import", "--site", dir, bad)
	if code != 1 || !strings.Contains(e, "sai.csv, dòng 2, cột B («Huyện»): «Chu Pa» không có trong danh sách địa bàn") ||
		strings.Contains(e, "cá nhân hay tập thể") /* "Họ và tên" names a person */ {
		t.Errorf("bad row: %d %s", code, e)
	}
	for _, args := range [][]string{{"import"}, {"import", "a.csv", "b.csv"}, {"import", "bao-cao.docx", "--site", dir}, {"import", sheet, "--profile", "x.md"}} {
		if code, _, _ := runCmd(args...); code != exitUsage {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
	if code, out, _ := runCmd("import", "-h"); code != 0 || !strings.Contains(out, "Ví dụ:") {
		t.Errorf("-h: %d %s", code, out)
	}
}
