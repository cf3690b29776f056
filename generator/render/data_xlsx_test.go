package render

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"
)

// TestDataXLSX reads ho-so.xlsx back as a spreadsheet program would: one
// row per profile and one per award, Vietnamese text intact and NFC,
// issuers and decisions present, years as numbers, dates as dates, the
// header frozen.
func TestDataXLSX(t *testing.T) {
	t.Parallel()
	s := buildTestSite(t, goldenSiteFS())
	data := s.files["du-lieu/ho-so.xlsx"]
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("ho-so.xlsx does not open: %v", err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"Hồ sơ", "Khen thưởng"}) {
		t.Fatalf("sheets %q", got)
	}
	rows, err := f.GetRows("Hồ sơ")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], columnHeads(s.r.dataColumns())) {
		t.Errorf("profile heads %q", rows[0])
	}
	if len(rows)-1 != len(s.ix.Profiles) {
		t.Fatalf("%d profile rows, want %d", len(rows)-1, len(s.ix.Profiles))
	}
	awardRows, err := f.GetRows("Khen thưởng")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(awardRows[0], columnHeads(awardColumnList)) {
		t.Errorf("award heads %q", awardRows[0])
	}
	var awards int
	for _, p := range s.ix.Profiles {
		awards += len(p.Awards)
	}
	if awards == 0 || len(awardRows)-1 != awards {
		t.Fatalf("%d award rows, want %d", len(awardRows)-1, awards)
	}
	for i, p := range s.ix.Profiles {
		row := rows[i+1]
		if row[0] != p.Title || !norm.NFC.IsNormalString(row[0]) {
			t.Errorf("row %d: title %q, want %q", i+2, row[0], p.Title)
		}
		if want := s.ix.Site.BaseURL + p.URL[1:]; row[1] != want {
			t.Errorf("row %d: link %q, want %q", i+2, row[1], want)
		}
		// Year is a number, the date a date.
		cell, _ := excelize.CoordinatesToCellName(9, i+2)
		if typ, _ := f.GetCellType("Hồ sơ", cell); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
			t.Errorf("%s: year cell type %v", cell, typ)
		}
		if !p.Date.IsZero() {
			cell, _ = excelize.CoordinatesToCellName(13, i+2)
			raw, _ := f.GetCellValue("Hồ sơ", cell, excelize.Options{RawCellValue: true})
			serial, err := strconv.ParseFloat(raw, 64)
			if err != nil {
				t.Errorf("%s: date stored as %q, not a date", cell, raw)
				continue
			}
			d, _ := excelize.ExcelDateToTime(serial, false)
			if !d.Equal(p.Date.Truncate(24 * time.Hour)) {
				t.Errorf("%s: date %v, want %v", cell, d, p.Date)
			}
			if shown, _ := f.GetCellValue("Hồ sơ", cell); shown != p.Date.Format("02/01/2006") {
				t.Errorf("%s: date shown as %q", cell, shown)
			}
		}
	}
	var want [][]string
	for _, p := range s.ix.Profiles {
		for _, a := range p.Awards {
			y := ""
			if a.Year != 0 {
				y = strconv.Itoa(a.Year)
			}
			want = append(want, []string{p.Title, s.ix.Site.BaseURL + p.URL[1:], a.Title, y, a.Issuer, a.Decision})
		}
	}
	issuers := 0
	for i, w := range want {
		got := awardRows[i+1]
		for len(got) < len(w) {
			got = append(got, "")
		}
		if !slices.Equal(got, w) {
			t.Errorf("award row %d: %q, want %q", i+2, got, w)
		}
		if w[4] != "" && w[5] != "" {
			issuers++
		}
	}
	if issuers == 0 {
		t.Error("the golden site has no award with issuer and decision: the test proves nothing")
	}
	panes, err := f.GetPanes("Hồ sơ")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header not frozen: %+v %v", panes, err)
	}
	if w, _ := f.GetColWidth("Hồ sơ", "A"); w < 8 || w > 50 {
		t.Errorf("column A width %v", w)
	}

	// Same site, same bytes: a second renderer writes the same file.
	again := buildTestSite(t, goldenSiteFS())
	if !bytes.Equal(again.files["du-lieu/ho-so.xlsx"], data) {
		t.Error("ho-so.xlsx differs between two builds of the same site")
	}
}

// TestDataAwardsCSV: khen-thuong.csv has one row per award, in list
// order, with its issuer and decision.
func TestDataAwardsCSV(t *testing.T) {
	t.Parallel()
	s := buildTestSite(t, goldenSiteFS())
	data := s.files["du-lieu/khen-thuong.csv"]
	if !bytes.HasPrefix(data, []byte("\ufeff")) {
		t.Error("no byte order mark")
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var n int
	for _, p := range s.ix.Profiles {
		for _, a := range p.Awards {
			n++
			if n < len(recs) && (recs[n][2] != csvCell(a.Title) || recs[n][4] != csvCell(a.Issuer) || recs[n][5] != csvCell(a.Decision)) {
				t.Errorf("row %d: %q, want award %+v", n+1, recs[n], a)
			}
		}
	}
	if len(recs) != n+1 {
		t.Errorf("%d rows, want a header and %d awards", len(recs), n)
	}
}

// TestDataXLSXCache: with a cache folder the workbook is written once and
// then read back, the same bytes; a change to any cell writes a new one,
// and a workbook cut short in the folder is written again.
func TestDataXLSXCache(t *testing.T) {
	t.Parallel()
	s := buildTestSite(t, goldenSiteFS())
	want := s.files["du-lieu/ho-so.xlsx"]
	dir := t.TempDir()
	s.r.DataCache = dir
	cached := func() []string {
		ents, _ := os.ReadDir(dir)
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		return names
	}
	for i := range 2 {
		got, err := s.r.dataXLSX()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("run %d: a cache folder changed the workbook's bytes", i)
		}
	}
	names := cached()
	if len(names) != 1 {
		t.Fatalf("cache holds %q, want one workbook", names)
	}
	p := filepath.Join(dir, names[0])
	// Whatever is in the folder under the key is what is published: a
	// marker proves the second read came from it.
	marked := bytes.Clone(want)
	marked[len(marked)/2] ^= 0xff
	os.WriteFile(p, marked, 0o644)
	if got, _ := s.r.dataXLSX(); !bytes.Equal(got, marked) {
		t.Fatal("the cached workbook was not used")
	}
	os.WriteFile(p, want[:len(want)/2], 0o644)
	if got, _ := s.r.dataXLSX(); !bytes.Equal(got, want) {
		t.Fatal("a workbook cut short was published")
	}
	if b, _ := os.ReadFile(p); !bytes.Equal(b, want) {
		t.Fatal("a workbook cut short was not written again")
	}
	// One cell changes: another key.
	s.ix.Profiles[0].Summary += " (sửa)"
	got, err := s.r.dataXLSX()
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(got, want) {
		t.Fatal("an edited summary left the workbook unchanged")
	}
	if len(cached()) != 2 {
		t.Fatalf("cache holds %q, want the old and the new workbook", cached())
	}
}
