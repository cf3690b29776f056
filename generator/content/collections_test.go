package content

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/guongsang/guongsang/generator/config"
)

// collectionSite is historySite's dimensions with four profiles, and the
// collection files of each case added.
func collectionSite(t *testing.T, cols map[string]string) ([]*Collection, string, error) {
	t.Helper()
	cfg, _, err := config.Parse([]byte(historySite))
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"content/ho-so/a.md":                {Data: []byte("---\ntitle: Nguyễn Văn An\ndistrict: Chư Păh\nyear: 2019\ndan-toc: [Jrai, Ba Na]\n---\nx\n")},
		"content/ho-so/b.md":                {Data: []byte("---\ntitle: Bùi Thị Bé\ndistrict: chu-pah\nyear: 2020\n---\nx\n")},
		"content/ho-so/c.md":                {Data: []byte("---\ntitle: Cao Văn Cường\ncommune: Xã Ia Ly\nyear: 2026\ndan-toc: [gia-rai]\n---\nx\n")},
		"content/ho-so/2020/dinh-van-d.md":  {Data: []byte("---\ntitle: Đinh Văn D\nyear: 2020\ndan-toc: [ba-na]\n---\nx\n")},
		"content/ho-so/nhap.md":             {Data: []byte("---\ntitle: Nháp\nyear: 2020\ndraft: true\n---\nx\n")},
		"content/bo-suu-tap/_nhap.md":       {Data: []byte("not read")},
		"content/bo-suu-tap/README.txt":     {Data: []byte("not read")},
		"content/bo-suu-tap/sub/x.md":       {Data: []byte("not read")},
		"content/bo-suu-tap/.hidden.md":     {Data: []byte("not read")},
		"content/bo-suu-tap/khong-phai.bak": {Data: []byte("not read")},
	}
	for name, src := range cols {
		fsys["content/bo-suu-tap/"+name] = &fstest.MapFile{Data: []byte(src)}
	}
	set, _, err := Load(fsys, cfg, Options{Now: now})
	if err != nil {
		t.Fatal(err) // collection files are not profiles
	}
	if len(set.Profiles) != 4 {
		t.Fatalf("%d profiles, want 4: a collection file was read as a profile", len(set.Profiles))
	}
	out, warnings, err := LoadCollections(fsys, cfg, set.Profiles, set.Unpublished)
	var ws []string
	for _, w := range warnings {
		ws = append(ws, w.Error())
	}
	return out, strings.Join(ws, "\n"), err
}

func titles(ps []*Profile) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Slug)
	}
	return out
}

// TestCollectionMembers: an ordered list keeps its order whatever way a
// profile is named; a rule keeps the given order and combines its
// dimensions with "and", the values of one dimension with "or".
func TestCollectionMembers(t *testing.T) {
	for _, tc := range []struct {
		name, fm string
		want     []string
		warn     string
	}{
		{"list", "profiles: [c, /ho-so/a/, content/ho-so/2020/dinh-van-d.md, ho-so/b]", []string{"c", "a", "dinh-van-d", "b"}, ""},
		{"a draft is left out", "profiles:\n  - a\n  - nhap", []string{"a"}, `x.md:6: cảnh báo: profiles: hồ sơ "nhap" (content/ho-so/nhap.md) đang là bản nháp nên chưa có trong bộ sưu tập`},
		{"year", "rule: {year: 2020}", []string{"dinh-van-d", "b"}, ""}, // the order given
		{"years", "rule: {year: [2019, 2020]}", []string{"dinh-van-d", "a", "b"}, ""},
		{"term by name and alias", "rule: {dan-toc: [Jrai]}", []string{"a", "c"}, ""},
		{"term by name", "rule: {dan-toc: Ba Na}", []string{"dinh-van-d", "a"}, ""},
		{"and", "rule: {dan-toc: ba-na, year: 2020}", []string{"dinh-van-d"}, ""},
		{"or within", "rule: {district: chu-pah, dan-toc: [gia-rai, ba-na]}", []string{"a"}, ""},
		{"none", "rule: {year: 2024}", nil, "x.md:4: cảnh báo: rule: điều kiện không khớp với hồ sơ nào"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cols, warn, err := collectionSite(t, map[string]string{"x.md": "---\ntitle: X\ndate: 2020-09-25\n" + tc.fm + "\n---\nGiới **thiệu**.\n"})
			if err != nil {
				t.Fatal(err)
			}
			if len(cols) != 1 {
				t.Fatalf("%d collections", len(cols))
			}
			c := cols[0]
			if got := titles(c.Profiles); !slices.Equal(got, tc.want) {
				t.Errorf("members %q, want %q", got, tc.want)
			}
			if c.URL != "/bo-suu-tap/x/" || c.Title != "X" || c.Date.Year() != 2020 || !strings.Contains(c.HTML, "<strong>thiệu</strong>") {
				t.Errorf("collection %+v", c)
			}
			if tc.warn == "" && warn != "" || !strings.Contains(warn, tc.warn) {
				t.Errorf("warnings %q, want %q", warn, tc.warn)
			}
		})
	}
}

// TestCollectionErrors: each mistake names the file, the line, what is
// wrong and how to fix it.
func TestCollectionErrors(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"unknown profile", "---\ntitle: X\ndate: 2020-01-01\nprofiles:\n  - a\n  - dinh-van-dd\n---\n",
			[]string{`x.md:6: profiles: không có hồ sơ "dinh-van-dd"; có phải bạn muốn "dinh-van-d" (Đinh Văn D)?`}},
		{"unknown profile, nothing close", "---\ntitle: X\ndate: 2020-01-01\nprofiles: [tran-thi-hoa-hong-dao]\n---\n",
			[]string{`x.md:4: profiles: không có hồ sơ "tran-thi-hoa-hong-dao"; viết tên tệp hồ sơ không có .md`}},
		{"duplicate", "---\ntitle: X\ndate: 2020-01-01\nprofiles:\n  - a\n  - /ho-so/a/\n---\n",
			[]string{`x.md:6: profiles: hồ sơ "/ho-so/a/" đã có trong danh sách ở dòng 5`}},
		{"no title, no date", "---\nprofiles: [a]\n---\n",
			[]string{`x.md:1: title: bộ sưu tập chưa có tên (title)`, `x.md:1: date: bộ sưu tập chưa có ngày (date)`}},
		{"bad date", "---\ntitle: X\ndate: 25/09/2020\nprofiles: [a]\n---\n",
			[]string{`x.md:3: date: ngày "25/09/2020" không đọc được; viết ngày theo dạng năm-tháng-ngày`}},
		{"neither", "---\ntitle: X\ndate: 2020-01-01\n---\n",
			[]string{`x.md:1: bộ sưu tập chưa nói gồm những hồ sơ nào; thêm "profiles:"`}},
		{"both", "---\ntitle: X\ndate: 2020-01-01\nprofiles: [a]\nrule: {year: 2020}\n---\n",
			[]string{`x.md:5: rule: bộ sưu tập chỉ được có một trong hai`}},
		{"unknown dimension", "---\ntitle: X\ndate: 2020-01-01\nrule:\n  dan-tc: gia-rai\n---\n",
			[]string{`x.md:5: rule: không có chiều phân loại "dan-tc"; có phải bạn muốn "dan-toc"?; các chiều có thể dùng: district, commune, year, dan-toc`}},
		{"unknown value", "---\ntitle: X\ndate: 2020-01-01\nrule:\n  dan-toc: [gia-rai, Ba Nà Na]\n---\n",
			[]string{`x.md:5: rule: "Ba Nà Na" không phải là một giá trị của dân tộc; có phải bạn muốn`}},
		{"bad year", "---\ntitle: X\ndate: 2020-01-01\nrule:\n  year: hai nghìn\n---\n",
			[]string{`x.md:5: rule: năm "hai nghìn" phải là một số`}},
		{"no front matter", "Chỉ có chữ.\n", []string{`x.md:1: tệp bộ sưu tập không có phần thông tin đầu tệp`}},
		{"bad yaml", "---\ntitle: [X\n---\n", []string{`x.md:2: phần thông tin đầu tệp viết sai`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := collectionSite(t, map[string]string{"x.md": tc.src})
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), "content/bo-suu-tap/"+w) {
					t.Errorf("error\n%s\nwant\n%s", err, w)
				}
			}
		})
	}
	// A file name that is no URL segment.
	_, _, err := collectionSite(t, map[string]string{"Đại hội.md": "---\ntitle: X\ndate: 2020-01-01\nprofiles: [a]\n---\n"})
	if err == nil || !strings.Contains(err.Error(), `content/bo-suu-tap/Đại hội.md: tên tệp "Đại hội.md" không dùng được làm đường dẫn`) {
		t.Errorf("slug: %v", err)
	}
}

// TestCollectionOrder: collections come newest first; IsSource and
// IsCollection split content/ between profiles and collections.
func TestCollectionOrder(t *testing.T) {
	cols, _, err := collectionSite(t, map[string]string{
		"cu.md":  "---\ntitle: Cũ\ndate: 2019-01-01\nprofiles: [a]\n---\n",
		"moi.md": "---\ntitle: Mới\ndate: 2026-01-01\nprofiles: [c]\n---\n",
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(cols) != 2 || cols[0].Slug != "moi" || cols[1].Slug != "cu" {
		t.Errorf("order: %v", cols)
	}
	for p, want := range map[string][2]bool{
		"content/bo-suu-tap/x.md":     {false, true},
		"content/bo-suu-tap/sub/x.md": {false, false},
		"content/bo-suu-tap/_x.md":    {false, false},
		"content/ho-so/x.md":          {true, false},
	} {
		if IsSource(p) != want[0] || IsCollection(p) != want[1] {
			t.Errorf("%s: IsSource %v IsCollection %v", p, IsSource(p), IsCollection(p))
		}
	}
}
