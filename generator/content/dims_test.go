package content

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/guongsang/guongsang/generator/config"
)

const historySite = `title: T
base_url: https://t.example/
dimensions:
  - key: district
    name: "Địa bàn"
    place: true
    terms:
      - {key: chu-pah, name: "Chư Păh", until: 2025-06-30}
  - key: commune
    name: "Xã, phường"
    place: true
    terms:
      - {key: ia-ly, name: "Xã Ia Ly", since: 2025-07-01, formerly: [chu-pah]}
  - {key: year, type: year, name: "Năm", required: true}
  - key: dan-toc
    name: "Dân tộc"
    multiple: true
    terms: [{key: gia-rai, name: "Gia Rai", aliases: [Jrai]}, {key: ba-na, name: "Ba Na"}]
`

// TestDeclaredDimsValues: a profile's values of declared dimensions, by
// key, name or alias, a list or one comma-separated text; and a warning
// for a place that did not exist in the profile's year.
func TestDeclaredDimsValues(t *testing.T) {
	cfg, _, err := config.Parse([]byte(historySite))
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"content/ho-so/a.md": {Data: []byte("---\ntitle: A\ndistrict: Chư Păh\nyear: 2019\ndan-toc: Jrai, Ba Na\n---\nx\n")},
		"content/ho-so/b.md": {Data: []byte("---\ntitle: B\ndistrict: chu-pah\nyear: 2026\n---\nx\n")},
		"content/ho-so/c.md": {Data: []byte("---\ntitle: C\ncommune: Xã Ia Ly\nyear: 2020\ndan_toc: [gia-rai]\n---\nx\n")},
	}
	set, warnings, err := Load(fsys, cfg, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	a := set.Profiles[0]
	if a.Value(cfg.Dim("district")) != "chu-pah" || !slices.Equal(a.Values(cfg.Dim("dan-toc")), []string{"gia-rai", "ba-na"}) || a.Year != 2019 {
		t.Errorf("a: %q", a.Terms)
	}
	var msgs []string
	for _, w := range warnings {
		msgs = append(msgs, w.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{
		`content/ho-so/a.md:5: cảnh báo: dan-toc:`, // the comma list, with its list form
		`content/ho-so/b.md:3: cảnh báo: district: Chư Păh chỉ tồn tại đến ngày 30/06/2025, nhưng hồ sơ thuộc năm 2026; nếu hồ sơ là của năm sau, hãy ghi đơn vị hiện nay: Xã Ia Ly`,
		`content/ho-so/c.md:3: cảnh báo: commune: Xã Ia Ly chỉ có từ ngày 01/07/2025, nhưng hồ sơ thuộc năm 2020; nếu hồ sơ là của năm trước, hãy ghi đơn vị khi đó: Chư Păh`,
		`content/ho-so/c.md:5: cảnh báo: dan_toc:`, // unknown field, with "did you mean"
		`"dan-toc"`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("warnings lack %q:\n%s", want, all)
		}
	}
}
