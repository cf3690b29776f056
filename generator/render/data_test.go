package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestDataColumns pins the open data's published column heads and keys:
// changing them breaks people's spreadsheets and scripts, so a change must
// be deliberate and show up here.
func TestDataColumns(t *testing.T) {
	t.Parallel()
	var csvHeads, jsonKeys []string
	for _, c := range buildTestSite(t, goldenSiteFS()).r.dataColumns() {
		csvHeads = append(csvHeads, c.CSV)
		jsonKeys = append(jsonKeys, c.JSON)
	}
	wantCSV := []string{"Tên", "Địa chỉ trang", "Mã loại", "Loại", "Mã lĩnh vực", "Lĩnh vực", "Mã địa bàn", "Địa bàn",
		"Năm", "Mã tiêu chí", "Tiêu chí", "Tóm tắt", "Ngày đăng", "Người viết", "Đơn vị", "Khen thưởng", "Tiêu biểu", "Ảnh"}
	wantJSON := []string{"title", "url", "kind", "kind_name", "category", "category_name", "district", "district_name",
		"year", "criteria", "criteria_names", "summary", "date", "author", "organization", "awards", "featured", "image"}
	if !slices.Equal(csvHeads, wantCSV) {
		t.Errorf("CSV heads\n got %q\nwant %q", csvHeads, wantCSV)
	}
	if !slices.Equal(jsonKeys, wantJSON) {
		t.Errorf("JSON keys\n got %q\nwant %q", jsonKeys, wantJSON)
	}
}

func TestDataJSON(t *testing.T) {
	t.Parallel()
	s := buildTestSite(t, goldenSiteFS())
	data := s.files["du-lieu/ho-so.json"]
	var recs []dataRecord
	if err := json.Unmarshal(data, &recs); err != nil {
		t.Fatalf("ho-so.json does not decode: %v", err)
	}
	if len(recs) != len(s.ix.Profiles) {
		t.Fatalf("%d records, want one per published profile (%d)", len(recs), len(s.ix.Profiles))
	}
	for i, p := range s.ix.Profiles {
		if want := s.ix.Site.BaseURL + strings.TrimPrefix(p.URL, "/"); recs[i].URL != want {
			t.Errorf("record %d has url %q, want %q (list order, absolute)", i, recs[i].URL, want)
		}
	}

	// Every documented key is present in every object, even when empty.
	var raw []map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	cols := s.r.dataColumns()
	for i, obj := range raw {
		if len(obj) != len(cols) {
			t.Errorf("record %d has %d keys, want %d", i, len(obj), len(cols))
		}
		for _, c := range cols {
			if _, ok := obj[c.JSON]; !ok {
				t.Errorf("record %d lacks %q", i, c.JSON)
			}
		}
	}

	byTitle := map[string]dataRecord{}
	for _, r := range recs {
		byTitle[r.Title] = r
	}
	hoa := byTitle["Nguyễn Thị Hoa"]
	want := `{"title":"Nguyễn Thị Hoa","url":"https://thu.example/ho-so/nguyen-thi-hoa/",` +
		`"kind":"individual","kind_name":"Cá nhân","category":"giao-duc","category_name":"Giáo dục, đào tạo",` +
		`"district":"chu-pah","district_name":"Chư Păh","year":2020,` +
		`"criteria":["sang-kien","tuong-than-tuong-ai"],"criteria_names":["Sáng kiến","Tương thân tương ái"],` +
		`"summary":` + mustJSON(t, hoa.Summary) + `,"date":"2020-05-01","author":"Ban Thi đua","organization":"",` +
		`"awards":[{"title":"Bằng khen của Chủ tịch UBND tỉnh","year":2019,"issuer":"UBND tỉnh Gia Lai","decision":"Quyết định số 1/QĐ-UBND"}],` +
		`"featured":true,"image":""}`
	line := ""
	for _, l := range strings.Split(string(data), "\n") {
		if strings.Contains(l, `"title":"Nguyễn Thị Hoa"`) {
			line = strings.TrimSuffix(l, ",")
		}
	}
	if line != want {
		t.Errorf("Nguyễn Thị Hoa\n got %s\nwant %s", line, want)
	}
	if hoa.Summary == "" {
		t.Error("summary is empty")
	}
	bia := byTitle["Ksor H'Bia"]
	if bia.Image != "https://thu.example/ho-so/ksor-h-bia/chan-dung.svg" {
		t.Errorf("Ksor H'Bia: image %q, want the absolute photo URL", bia.Image)
	}
	if bia.Date != nil || string(raw[slices.IndexFunc(recs, func(r dataRecord) bool { return r.Title == bia.Title })]["date"]) != "null" {
		t.Error("a profile without a date must have date null")
	}
	if bia.Awards == nil || strings.Contains(string(data), `"criteria":null`) {
		t.Error("empty lists must be [] rather than null")
	}
	if bytes.Contains(data, []byte(`\u00`)) {
		t.Error("data file escapes characters it need not: it is never embedded in HTML")
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestDataCSV(t *testing.T) {
	t.Parallel()
	s := buildTestSite(t, goldenSiteFS())
	data := s.files["du-lieu/ho-so.csv"]
	body, ok := bytes.CutPrefix(data, []byte("\xef\xbb\xbf"))
	if !ok {
		t.Fatal("ho-so.csv does not start with a UTF-8 byte order mark; Excel would garble the diacritics")
	}
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("ho-so.csv does not parse: %v", err)
	}
	if len(rows) != len(s.ix.Profiles)+1 {
		t.Fatalf("%d rows, want a header and one per profile (%d)", len(rows), len(s.ix.Profiles))
	}
	head := rows[0]
	for i, c := range s.r.dataColumns() {
		if head[i] != c.CSV {
			t.Errorf("column %d is %q, want %q", i, head[i], c.CSV)
		}
	}
	col := func(name string) int { return slices.Index(head, name) }
	for i, p := range s.ix.Profiles {
		row := rows[i+1]
		if row[col("Tên")] != p.Title {
			t.Errorf("row %d: %q, want %q in list order", i+1, row[col("Tên")], p.Title)
		}
	}
	found := false
	for _, row := range rows[1:] {
		if row[col("Tên")] != "Nguyễn Thị Hoa" {
			continue
		}
		found = true
		for name, want := range map[string]string{
			"Địa chỉ trang": "https://thu.example/ho-so/nguyen-thi-hoa/",
			"Địa bàn":       "Chư Păh",
			"Năm":           "2020",
			"Mã tiêu chí":   "sang-kien; tuong-than-tuong-ai",
			"Tiêu chí":      "Sáng kiến; Tương thân tương ái",
			"Ngày đăng":     "2020-05-01",
			"Khen thưởng":   "Bằng khen của Chủ tịch UBND tỉnh (2019)",
			"Tiêu biểu":     "Có",
		} {
			if got := row[col(name)]; got != want {
				t.Errorf("%s: %q, want %q", name, got, want)
			}
		}
	}
	if !found {
		t.Error("no row for Nguyễn Thị Hoa")
	}
	if !bytes.Contains(body, []byte("\r\n")) {
		t.Error("rows must end in CRLF (RFC 4180)")
	}
}

// TestCSVFormulaInjection builds a site whose profiles have titles a
// spreadsheet would run as formulas, and reads the CSV back.
func TestCSVFormulaInjection(t *testing.T) {
	t.Parallel()
	titles := []string{`=HYPERLINK("https://evil.example","Bấm")`, "+84 Đội xung kích", "-Nhóm", "@SUM(1+1)", "Bình thường = an toàn"}
	files := map[string]string{}
	for i, title := range titles {
		files["content/ho-so/p"+string(rune('a'+i))+".md"] = profileMD(
			"title: '"+title+"'", "kind: individual", "category: y-te", "district: ia-pa", "year: 2020", "criteria: [sang-kien]")
	}
	s := buildTestSite(t, inlineSite(files))
	body, ok := bytes.CutPrefix(s.files["du-lieu/ho-so.csv"], []byte("\xef\xbb\xbf"))
	if !ok {
		t.Fatal("no byte order mark")
	}
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, row := range rows[1:] {
		got[row[0]] = true
	}
	for _, title := range titles {
		want := title
		if strings.ContainsAny(title[:1], "=+-@") {
			want = "'" + title
		}
		if !got[want] {
			t.Errorf("no cell %q in %q", want, rows)
		}
	}
	// The JSON keeps titles as they are.
	if !bytes.Contains(s.files["du-lieu/ho-so.json"], []byte(`"title":"=HYPERLINK(`)) {
		t.Error("JSON title was altered; only CSV cells are neutralised")
	}
}

func TestCSVCell(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"":             "",
		"Nguyễn Văn A": "Nguyễn Văn A",
		"=1+1":         "'=1+1",
		"+1":           "'+1",
		"-1":           "'-1",
		"@A1":          "'@A1",
		"\t=1":         "'\t=1",
		"\r=1":         "'\r=1",
		"a=b":          "a=b",
		"2020":         "2020",
		"'quoted":      "'quoted",
	} {
		if got := csvCell(in); got != want {
			t.Errorf("csvCell(%q) = %q, want %q", in, got, want)
		}
	}
}
