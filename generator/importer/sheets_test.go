package importer

import (
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/guongsang/guongsang/generator/build"
	"github.com/guongsang/guongsang/generator/scaffold"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// newSite makes a site as `guongsang init` does: Gia Lai's vocabularies
// and one example profile, "Chị Ksor H'Nhung" of Chư Păh, 2020.
func newSite(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "site")
	if err := scaffold.Site(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

var now = time.Date(2020, 11, 20, 0, 0, 0, 0, time.UTC)

// annexXLSX writes a workbook the way a board's annex looks in Excel: a
// title block of merged cells above the header, a "(1) (2) …" line under
// it, numbers stored as text, a date stored as a serial number with a
// date format and another typed as text, an empty row, a misspelled
// district, an unknown category, a duplicate, a profile the site has, an
// organization merged over two rows, and a second sheet of collectives.
func annexXLSX(t *testing.T, name string) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	s := "Cá nhân"
	f.SetSheetName("Sheet1", s)
	set := func(sheet, cell string, v any) {
		if err := f.SetCellValue(sheet, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	merge := func(sheet, a, b string) {
		if err := f.MergeCell(sheet, a, b); err != nil {
			t.Fatal(err)
		}
	}
	set(s, "A1", "UBND TỈNH GIA LAI")
	merge(s, "A1", "C1")
	set(s, "A2", "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN")
	merge(s, "A2", "K2")
	set(s, "A3", "(Kèm theo Quyết định số 812/QĐ-UBND ngày 15/3/2020 của Chủ tịch UBND tỉnh)")
	merge(s, "A3", "K3")
	heads := []any{"STT", "Họ và tên", "Chức vụ", "Đơn vị công tác", "Huyện/Thị xã/\nThành phố", "Lĩnh vực", "Năm",
		"Tóm tắt thành tích", "Hình thức khen thưởng", "Số quyết định", "Ngày quyết định", "Ghi chú"}
	if err := f.SetSheetRow(s, "A5", &heads); err != nil {
		t.Fatal(err)
	}
	nums := []any{"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)"}
	f.SetSheetRow(s, "A6", &nums)
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("dd/mm/yyyy")})
	if err != nil {
		t.Fatal(err)
	}
	rows := [][]any{
		{1, "Nguyễn Thị Hoa Mai", "Giáo viên", "Trường Tiểu học Kim Đồng", "Chư Păh", "Giáo dục", 2020,
			"Hơn 20 năm bám bản dạy chữ.", "Bằng khen của Chủ tịch UBND tỉnh", "812/QĐ-UBND", time.Date(2020, 3, 15, 0, 0, 0, 0, time.UTC)},
		{"2", "Rơ Mah Thuận", "Y sĩ", "Trạm Y tế xã Hà Bầu", "Huyện Đak Đoa", "Y tế", "2019", "", "Bằng khen của Chủ tịch UBND tỉnh", "812/QĐ-UBND", "15/03/2020"},
		nil,
		{"3", "Ksor Ban", "Trưởng thôn", "Thôn Ia Ka", "Chu Pa", "Xây dựng nông thôn mới", "2020", "", "Bằng khen của Chủ tịch UBND tỉnh", "812/QĐ-UBND", 43905},
		{"4", "Đinh Văn Hlinh", "Nông dân", "Làng Kép", "Pleiku", "Thủy lợi", "2020", "", "Bằng khen của Chủ tịch UBND tỉnh", "812/QĐ-UBND", 43905},
		{"5", "Nguyễn Thị Hoa Mai", "Giáo viên", "Trường Tiểu học Kim Đồng", "Chư Păh", "Giáo dục", 2020, "", "Bằng khen của Chủ tịch UBND tỉnh", "812/QĐ-UBND", 43905},
		{"6", "Chị Ksor H'Nhung", "", "Chi hội Phụ nữ làng Ia Ka", "Chư Păh", "Nông thôn mới", "2020", "", "Bằng khen của Chủ tịch UBND tỉnh", "812/QĐ-UBND", 43905},
		{"7", "Trung tá Lê Văn Hùng", "Đội trưởng", "Công an huyện Chư Păh", "Chư Păh", "An ninh", "2020", "", "Bằng khen của Chủ tịch UBND tỉnh", "812/QĐ-UBND", 43905},
		{"8", "Thiếu tá Phạm Minh Đức", "Đội phó", "", "Chư Păh", "An ninh", "2020", "", "Bằng khen của Chủ tịch UBND tỉnh", "812/QĐ-UBND", 43905},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, 7+i)
		if r == nil {
			continue
		}
		if err := f.SetSheetRow(s, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	f.SetCellStyle(s, "K7", "K7", dateStyle)
	merge(s, "D14", "D15") // the two officers of one unit

	c := "Tập thể"
	f.NewSheet(c)
	set(c, "A1", "DANH SÁCH TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN")
	merge(c, "A1", "H1")
	cheads := []any{"TT", "Tên tập thể", "Địa bàn", "Lĩnh vực", "Năm", "Hình thức khen thưởng", "Cấp khen", "Số QĐ", "Ngày QĐ"}
	f.SetSheetRow(c, "A3", &cheads)
	crows := [][]any{
		{1, "Trạm Y tế xã Hà Bầu", "Đak Đoa", "Y tế", 2020, "Bằng khen của Chủ tịch UBND tỉnh", "UBND tỉnh Gia Lai", "812/QĐ-UBND", 43905},
		{2, "Đồn Biên phòng Ia Nan", "Đức Cơ", "Quốc phòng, an ninh", 2019, "Cờ thi đua của UBND tỉnh", "UBND tỉnh Gia Lai", "Quyết định số 90/QĐ-UBND", ""},
	}
	for i, r := range crows {
		cell, _ := excelize.CoordinatesToCellName(1, 4+i)
		f.SetSheetRow(c, cell, &r)
	}
	if err := f.SaveAs(name); err != nil {
		t.Fatal(err)
	}
}

func ptr[T any](v T) *T { return &v }

// annexCSV is a list as Excel on Vietnamese Windows saves "CSV UTF-8":
// a byte order mark, semicolons, CRLF, a title block, sections "I. CÁ
// NHÂN" / "II. TẬP THỂ" in the first column, a multi-line cell, an empty
// row, a number typed with an apostrophe, a serial date typed as text, a
// duplicate and a year that is not one.
const annexCSV = "\ufeffDANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN;;;;;;;;;\r\n" +
	"(Kèm theo Quyết định số 1205/QĐ-UBND ngày 20/11/2020);;;;;;;;;\r\n" +
	";;;;;;;;;\r\n" +
	"STT;Họ và tên;Xã/Phường;Huyện;Lĩnh vực;Năm;Thành tích;Hình thức khen thưởng;Số quyết định;Ngày quyết định\r\n" +
	"I. CÁ NHÂN;;;;;;;;;\r\n" +
	"1;Siu H'Lan;Xã Ia Ka;Chư Păh;Giáo dục;2020;\"Vận động học sinh bỏ học trở lại lớp.\r\n- 45 em trở lại lớp\r\n- Mở lớp xóa mù chữ cho 30 phụ nữ\";Giấy khen của Chủ tịch UBND huyện;1205/QĐ-UBND;20/11/2020\r\n" +
	";;;;;;;;;\r\n" +
	"2;Nguyễn Văn Bình;;Ayunpa;Nhân đạo;'2019;Hiến máu tình nguyện 30 lần;Giấy khen của Chủ tịch UBND huyện;33/QĐ-UBND;43905\r\n" +
	"II. TẬP THỂ;;;;;;;;;\r\n" +
	"1;Chi đoàn thôn Đồng Tâm;;Chư Păh;Văn hóa;2020;;Giấy khen của Chủ tịch UBND huyện;1205/QĐ-UBND;20/11/2020\r\n" +
	"2;CHI ĐOÀN THÔN ĐỒNG TÂM;;Chư Păh;Văn hóa;2020;;Giấy khen của Chủ tịch UBND huyện;1205/QĐ-UBND;20/11/2020\r\n" +
	"3;Hội Nông dân xã Ia Ka;;Chư Păh;Nông thôn mới;hai nghìn;;Giấy khen của Chủ tịch UBND huyện;1205/QĐ-UBND;20/11/2020\r\n"

// report renders what Sheets did as the golden files hold it: the
// mapping of every sheet, the problems, the skipped rows and each draft.
func report(res *Result) string {
	var b strings.Builder
	for _, sh := range res.Sheets {
		fmt.Fprintf(&b, "sheet %q header row %d kind %q\n", sh.Name, sh.HeaderRow, sh.Kind)
		for _, c := range sh.Columns {
			fmt.Fprintf(&b, "  %s %q -> %s\n", c.Letter, c.Head, c.Field)
		}
		for _, c := range sh.Unused {
			fmt.Fprintf(&b, "  %s %q unused\n", c.Letter, c.Head)
		}
	}
	for _, n := range res.Notes {
		fmt.Fprintf(&b, "note: %s\n", n)
	}
	for _, p := range res.Problems {
		fmt.Fprintf(&b, "problem: %s\n", p.Error())
	}
	for _, p := range res.Skipped {
		fmt.Fprintf(&b, "skipped: %s\n", p.Error())
	}
	for _, d := range res.Written {
		fmt.Fprintf(&b, "\n=== %s (%s row %d)\n%s", d.Path, d.Sheet, d.Row, d.Text)
	}
	return b.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(p, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from what the import did (run with -update and review the diff):\n%s", p, got)
	}
}

// files lists the site's profile files with their contents.
func files(t *testing.T, site string) map[string]string {
	t.Helper()
	out := map[string]string{}
	root := filepath.Join(site, "content")
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(site, p)
			out[filepath.ToSlash(rel)] = string(b)
		}
		return nil
	})
	return out
}

func TestSheets(t *testing.T) {
	for _, c := range []struct {
		name string
		make func(t *testing.T, path string)
		// wrote and skipped are the rows written and skipped.
		wrote, skipped, problems int
		// exact are messages the writer must read word for word.
		exact []string
	}{
		{"danh-sach.xlsx", annexXLSX, 6, 2, 2, []string{
			"danh-sach.xlsx, trang «Cá nhân», dòng 10, cột E («Huyện/Thị xã/ Thành phố»): «Chu Pa» không có trong danh sách địa bàn (huyện, thị xã, thành phố) của site.yaml (mục districts); có phải «Chư Păh» (chu-pah) không? Sửa ô này rồi nhập lại tệp; các dòng đã nhập sẽ được bỏ qua",
			"danh-sach.xlsx, trang «Cá nhân», dòng 11, cột F («Lĩnh vực»): «Thủy lợi» không có trong danh sách lĩnh vực của site.yaml (mục categories); sửa ô này theo một tên trong danh sách categories của site.yaml, hoặc thêm tên này vào đó làm «aliases», rồi nhập lại tệp",
			"danh-sach.xlsx, trang «Cá nhân», dòng 12: trùng với dòng 7 (cùng tên, năm và địa bàn); dòng này được bỏ qua; nếu là hai người khác nhau, sửa tên cho khác rồi nhập lại",
			"danh-sach.xlsx, trang «Cá nhân», dòng 13: đã có hồ sơ content/ho-so/vi-du-guong-sang.md (cùng tên, năm và địa bàn); dòng này được bỏ qua, hồ sơ đã có giữ nguyên",
		}},
		{"danh-sach.csv", func(t *testing.T, p string) { os.WriteFile(p, []byte(annexCSV), 0o644) }, 3, 1, 1, []string{
			"danh-sach.csv, dòng 12, cột F («Năm»): «hai nghìn» không phải là năm; ghi năm bằng số, ví dụ 2020",
			"danh-sach.csv, dòng 11: trùng với dòng 10 (cùng tên, năm và địa bàn); dòng này được bỏ qua; nếu là hai người khác nhau, sửa tên cho khác rồi nhập lại",
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			site := newSite(t)
			file := filepath.Join(t.TempDir(), c.name)
			c.make(t, file)
			before := files(t, site)

			// A dry run decides everything and writes nothing.
			dry, err := Sheets(Options{SiteDir: site, File: file, Now: now, DryRun: true})
			if err != nil {
				t.Fatal(err)
			}
			if got := files(t, site); !maps.Equal(got, before) {
				t.Fatalf("the dry run wrote files")
			}

			res, err := Sheets(Options{SiteDir: site, File: file, Now: now})
			if err != nil {
				t.Fatal(err)
			}
			if report(dry) != report(res) {
				t.Errorf("the dry run and the import differ:\n%s\n---\n%s", report(dry), report(res))
			}
			golden(t, strings.ReplaceAll(c.name, ".", "-")+".golden", report(res))
			if len(res.Written) != c.wrote || len(res.Skipped) != c.skipped || len(res.Problems) != c.problems {
				t.Errorf("wrote %d skipped %d problems %d; want %d %d %d", len(res.Written), len(res.Skipped), len(res.Problems), c.wrote, c.skipped, c.problems)
			}
			var msgs []string
			for _, p := range append(res.Problems, res.Skipped...) {
				msgs = append(msgs, p.Error())
			}
			for _, want := range c.exact {
				if !slices.Contains(msgs, want) {
					t.Errorf("no message\n%s\namong\n%s", want, strings.Join(msgs, "\n"))
				}
			}
			after := files(t, site)
			for _, d := range res.Written {
				if after[d.Path] != string(d.Text) {
					t.Errorf("%s on disk differs from the draft reported", d.Path)
				}
			}
			if len(after) != len(before)+len(res.Written) {
				t.Errorf("%d files, want %d", len(after), len(before)+len(res.Written))
			}
			// The drafts are profiles the site checks clean, even published.
			if _, err := build.Check(build.Options{SiteDir: site, Drafts: true}); err != nil {
				t.Errorf("the drafts do not check: %v", err)
			}

			// The same file again writes nothing and says why for each row.
			again, err := Sheets(Options{SiteDir: site, File: file, Now: now})
			if err != nil {
				t.Fatal(err)
			}
			if len(again.Written) != 0 || len(again.Skipped) != len(res.Written)+len(res.Skipped) || len(again.Problems) != len(res.Problems) {
				t.Errorf("second import: wrote %d skipped %d problems %d", len(again.Written), len(again.Skipped), len(again.Problems))
			}
			if got := files(t, site); !maps.Equal(got, after) {
				t.Errorf("the second import changed files")
			}
		})
	}
}
