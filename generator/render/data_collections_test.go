package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestCollectionData: the collections' open data lists each collection
// with its profiles in order, as JSON (every key present) and as CSV (one
// row per profile, joinable with ho-so.csv on «Địa chỉ trang»); the data
// page lists both files and their columns; a site without collections has
// neither.
func TestCollectionData(t *testing.T) {
	t.Parallel()
	s := buildTestSite(t, goldenSiteFS())
	const col = "https://thu.example/bo-suu-tap/hoi-nghi-2020/"
	members := []string{"https://thu.example/ho-so/ksor-h-bia/", "https://thu.example/ho-so/don-bien-phong/"}

	var recs []map[string]json.RawMessage
	if err := json.Unmarshal([]byte(s.page(t, DataCollectionsJSONPath)), &recs); err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 {
		t.Fatalf("%d collections in the JSON, want 1", len(recs))
	}
	var keys []string
	for k := range recs[0] {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if want := []string{"book", "date", "description", "profiles", "title", "url"}; !slices.Equal(keys, want) {
		t.Errorf("keys %v, want %v", keys, want)
	}
	var rec struct {
		Title, URL, Date, Description, Book string
		Profiles                            []struct {
			Position   int
			Title, URL string
		}
	}
	b, _ := json.Marshal(recs[0])
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Title != "Hội nghị điển hình tiên tiến 2020" || rec.URL != col || rec.Date != "2020-11-20" ||
		rec.Description != "Gương sáng được tuyên dương tại hội nghị." || rec.Book != col+"ky-yeu/" {
		t.Errorf("collection %+v", rec)
	}
	if len(rec.Profiles) != 2 {
		t.Fatalf("profiles %+v", rec.Profiles)
	}
	for i, p := range rec.Profiles {
		if p.Position != i+1 || p.URL != members[i] {
			t.Errorf("profile %d: %+v, want %s at %d", i, p, members[i], i+1)
		}
	}

	data := []byte(s.page(t, DataCollectionsCSVPath))
	if !bytes.HasPrefix(data, []byte("\ufeff")) || !bytes.Contains(data, []byte("\r\n")) {
		t.Error("the CSV is not UTF-8 with a byte order mark and CRLF line ends")
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"Bộ sưu tập", "Địa chỉ bộ sưu tập", "Ngày", "Thứ tự", "Tên", "Địa chỉ trang"},
		{"Hội nghị điển hình tiên tiến 2020", col, "2020-11-20", "1", "Ksor H'Bia", members[0]},
		{"Hội nghị điển hình tiên tiến 2020", col, "2020-11-20", "2", "Đồn Biên phòng Ia Nan", members[1]},
	}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("CSV rows %q, want %q", rows, want)
	}
	// «Địa chỉ trang» joins ho-so.csv.
	profiles := s.page(t, DataCSVPath)
	for _, u := range members {
		if !strings.Contains(profiles, ","+u+",") {
			t.Errorf("ho-so.csv has no row with %s", u)
		}
	}

	page := s.page(t, DataPath)
	for _, f := range []string{DataCollectionsCSVPath, DataCollectionsJSONPath} {
		if !strings.Contains(page, `href="`+f+`"`) {
			t.Errorf("the data page does not link %s", f)
		}
	}
	if !strings.Contains(page, `id="bo-suu-tap"`) || !strings.Contains(page, "<code>profiles[].url</code>") {
		t.Error("the data page does not describe the collections' columns")
	}

	bare := buildTestSite(t, inlineSite(map[string]string{
		"content/ho-so/a.md": profileMD(`title: "Nguyễn Văn A"`, "kind: individual", "category: giao-duc", "district: chu-pah", "year: 2020", "criteria: [sang-kien]"),
	}))
	if bare.exists(DataCollectionsCSVPath) || bare.exists(DataCollectionsJSONPath) || strings.Contains(bare.page(t, DataPath), "bo-suu-tap") {
		t.Error("a site without collections has collection data")
	}
}
