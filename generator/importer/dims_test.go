package importer

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestSheetsDeclaredDims: a column whose head names a dimension declared
// only in site.yaml (by its name, singular or key, folded) is read as
// that dimension, its cells checked against the dimension's terms, with
// a message naming the sheet, row and column and the nearest term.
func TestSheetsDeclaredDims(t *testing.T) {
	site := t.TempDir()
	yaml, err := os.ReadFile("../scaffold/testdata/chieu/site.yaml")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(site, "site.yaml"), yaml, 0o644)
	csv := "STT;Họ và tên;Loại;Lĩnh vực;Xã, phường;Năm;Tiêu chí;CƠ QUAN;dan toc\r\n" +
		"1;Rơ Mah Hoa;cá nhân;Y tế;Ia Ly;2026;Sáng kiến;SYT;Jrai; Ba Na\r\n" +
		"2;Ksor Ba;cá nhân;Y tế;;2026;Sáng kiến;Sở Y tá;\r\n" +
		"3;Siu Lan;cá nhân;Y tế;;2026;Sáng kiến;Công an tỉnh;Ba Naa\r\n" +
		"4;Nay Blin;cá nhân;Y tế;;2026;Sáng kiến;;\r\n"
	// The last column holds the ethnic groups, separated by ";" inside a
	// quoted cell.
	csv = strings.Replace(csv, ";Jrai; Ba Na\r\n", ";\"Jrai; Ba Na\"\r\n", 1)
	file := filepath.Join(t.TempDir(), "danh-sach.csv")
	os.WriteFile(file, []byte(csv), 0o644)
	res, err := Sheets(Options{SiteDir: site, File: file, Now: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var cols []string
	for _, c := range res.Sheets[0].Columns {
		cols = append(cols, c.Letter+"="+string(c.Field)+"("+c.Label+")")
	}
	for _, w := range []string{"E=commune(xã, phường)", "H=co-quan(cơ quan)", "I=dan-toc(dân tộc)"} {
		if !slices.Contains(cols, w) {
			t.Errorf("columns %v lack %s", cols, w)
		}
	}
	var msgs []string
	for _, p := range res.Problems {
		msgs = append(msgs, p.Error())
	}
	for _, w := range []string{
		"danh-sach.csv, dòng 3, cột H («CƠ QUAN»): «Sở Y tá» không có trong danh sách cơ quan, đơn vị của site.yaml (chiều co-quan trong mục dimensions); có phải «Sở Y tế» (so-y-te) không? Sửa ô này rồi nhập lại tệp; các dòng đã nhập sẽ được bỏ qua",
		"danh-sach.csv, dòng 4, cột I («dan toc»): «Ba Naa» không có trong danh sách dân tộc của site.yaml (chiều dan-toc trong mục dimensions); có phải «Ba Na» (ba-na) không? Sửa ô này rồi nhập lại tệp; các dòng đã nhập sẽ được bỏ qua",
		"danh-sach.csv, dòng 5, cột H («CƠ QUAN»): ô trống: hồ sơ cần có cơ quan; điền cơ quan cho dòng này rồi nhập lại tệp; các dòng đã nhập sẽ được bỏ qua",
	} {
		if !slices.Contains(msgs, w) {
			t.Errorf("no message\n%s\namong\n%s", w, strings.Join(msgs, "\n"))
		}
	}
	if len(res.Written) != 1 || len(res.Problems) != 3 {
		t.Fatalf("wrote %d, problems %d:\n%s", len(res.Written), len(res.Problems), strings.Join(msgs, "\n"))
	}
	text := string(res.Written[0].Text)
	for _, w := range []string{"\ncommune: ia-ly ", "\nco-quan: so-y-te ", "\ndan-toc: ", "  - gia-rai\n  - ba-na\n"} {
		if !strings.Contains(text, w) {
			t.Errorf("draft lacks %q:\n%s", w, text)
		}
	}

	// A sheet without the column of a required dimension says so once.
	os.WriteFile(file, []byte("STT;Họ và tên;Loại;Lĩnh vực;Năm\r\n1;A;cá nhân;Y tế;2026\r\n"), 0o644)
	res, err = Sheets(Options{SiteDir: site, File: file, Now: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Problems) != 1 || res.Problems[0].Error() != `danh-sach.csv, dòng 1: trang này không có cột cơ quan, nên không nhập được dòng nào; thêm cột đó vào bảng, hoặc chỉ ra cột nào chứa nó: --map "Tên cột=co-quan"` {
		t.Errorf("problems %v", res.Problems)
	}
}
