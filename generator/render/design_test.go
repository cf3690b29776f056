package render

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/index"
)

// TestRelatedShareWhatTheySay: on the sample site, every related group of
// every profile lists only profiles that have each term the group names,
// the groups come most alike first (topic and place, topic, place), no
// profile shows twice or on its own page, and a profile of a place with
// others of its topic there gets them first.
func TestRelatedShareWhatTheySay(t *testing.T) {
	s := buildTestSite(t, os.DirFS("../.."))
	sawBoth := false
	for _, p := range s.ix.Profiles {
		picks := s.r.related(p, 4)
		seen := map[string]bool{p.URL: true}
		n, prev := 0, 3
		for _, g := range picks {
			if len(g.shared) == 0 || len(g.shared) > prev {
				t.Errorf("%s: group sharing %d terms after one sharing %d", p.URL, len(g.shared), prev)
			}
			prev = len(g.shared)
			if len(g.shared) == 2 {
				sawBoth = true
			}
			for _, q := range g.profiles {
				n++
				if seen[q.URL] {
					t.Errorf("%s: %s shows twice", p.URL, q.URL)
				}
				seen[q.URL] = true
				for _, sh := range g.shared {
					d := dimOf(s.ix, sh.Term.Dim)
					if !slices.Contains(q.Values(d.Dimension), d.Term(keyOf(d, sh.Term.URL)).Key) {
						t.Errorf("%s: related %s is listed as sharing %s %q but has %v", p.URL, q.URL, sh.Dim, sh.Term.Name, q.Values(d.Dimension))
					}
				}
			}
		}
		if n > 4 {
			t.Errorf("%s: %d related profiles, want at most 4", p.URL, n)
		}
	}
	if !sawBoth {
		t.Error("no profile of the sample site has a related group sharing topic and place")
	}
}

func dimOf(ix *index.Index, key string) *index.Dimension {
	for _, d := range ix.Dims {
		if d.Key == key {
			return d
		}
	}
	return nil
}

func keyOf(d *index.Dimension, url string) string {
	for _, t := range d.Terms {
		if t.URL == url {
			return t.Key
		}
	}
	return ""
}

// TestRelatedLabels: a Chư Pưh profile's first group is labelled with
// its field and Chư Pưh on the page, and nothing under that label is
// from another district.
func TestRelatedLabels(t *testing.T) {
	s := buildTestSite(t, inlineSite(map[string]string{
		"content/ho-so/a.md": profileMD(`title: "A"`, "category: giao-duc", "district: chu-pah", "year: 2020", "kind: individual", "criteria: [sang-kien]"),
		"content/ho-so/b.md": profileMD(`title: "B"`, "category: giao-duc", "district: dak-doa", "year: 2020", "kind: individual", "criteria: [sang-kien]"),
		"content/ho-so/c.md": profileMD(`title: "C"`, "category: giao-duc", "district: chu-pah", "year: 2019", "kind: individual", "criteria: [sang-kien]"),
		"content/ho-so/d.md": profileMD(`title: "D"`, "category: y-te", "district: chu-pah", "year: 2019", "kind: individual", "criteria: [sang-kien]"),
		"content/ho-so/e.md": profileMD(`title: "E"`, "category: y-te", "district: ia-pa", "year: 2019", "kind: individual", "criteria: [sang-kien]"),
	}))
	page := s.page(t, "/ho-so/a/")
	rel := page[strings.Index(page, `id="lien-quan"`):]
	want := []string{
		`Cùng lĩnh vực <a href="/linh-vuc/giao-duc/">Giáo dục</a>, địa bàn <a href="/dia-ban/chu-pah/">Chư Păh</a>`, `href="/ho-so/c/"`,
		`Cùng lĩnh vực <a href="/linh-vuc/giao-duc/">Giáo dục</a></h3>`, `href="/ho-so/b/"`,
		`Cùng địa bàn <a href="/dia-ban/chu-pah/">Chư Păh</a></h3>`, `href="/ho-so/d/"`,
	}
	at := 0
	for _, w := range want {
		i := strings.Index(rel[at:], w)
		if i < 0 {
			t.Fatalf("related block lacks %q after byte %d:\n%s", w, at, rel)
		}
		at += i + len(w)
	}
	if strings.Contains(rel, "/ho-so/e/") {
		t.Error("E shares neither field nor district with A but is listed as related")
	}
}

// TestHomePicksNoRepeats: the story, the featured and the newest
// profiles of the sample site's home page are all different.
func TestHomePicksNoRepeats(t *testing.T) {
	s := buildTestSite(t, os.DirFS("../.."))
	story, featured, newest := homePicks(s.ix, 6, 8)
	if story == nil || story.Photo == nil || !story.Featured {
		t.Fatalf("story %v: want a featured profile with a photo", story)
	}
	seen := map[string]bool{story.URL: true}
	for _, p := range append(slices.Clone(featured), newest...) {
		if seen[p.URL] {
			t.Errorf("%s shows twice on the home page", p.URL)
		}
		seen[p.URL] = true
	}
	if len(newest) != 8 {
		t.Errorf("%d newest profiles, want 8", len(newest))
	}
	home := s.page(t, "/")
	if !strings.Contains(home, `<form class="home-search" action="/tim-kiem/" method="get"`) || !strings.Contains(home, `name="q"`) {
		t.Error("the home page has no search box sending q to /tim-kiem/")
	}
}

// TestTermEntriesOrder: by name follows Vietnamese collation (D before
// Đ, Chư Păh before Chư Pưh); by count has the most profiles first.
func TestTermEntriesOrder(t *testing.T) {
	s := buildTestSite(t, os.DirFS("../.."))
	d := dimOf(s.ix, "district")
	byCount, byName := termEntries(d)
	var names []string
	for _, e := range byName {
		names = append(names, e.Name)
	}
	pos := func(n string) int { return slices.Index(names, n) }
	for _, pair := range [][2]string{{"Ayun Pa", "Chư Păh"}, {"Chư Păh", "Chư Prông"}, {"Chư Prông", "Chư Pưh"}, {"Chư Sê", "Đak Đoa"}, {"Đak Pơ", "Đức Cơ"}, {"Kông Chro", "Krông Pa"}} {
		if pos(pair[0]) < 0 || pos(pair[0]) > pos(pair[1]) {
			t.Errorf("by name: %s should come before %s in %v", pair[0], pair[1], names)
		}
	}
	for i := 1; i < len(byCount); i++ {
		if byCount[i].Count > byCount[i-1].Count {
			t.Errorf("by count: %s (%d) after %s (%d)", byCount[i].Name, byCount[i].Count, byCount[i-1].Name, byCount[i-1].Count)
		}
	}
	if byCount[0].Percent != 100 {
		t.Errorf("the largest term's bar is %d%%, want 100", byCount[0].Percent)
	}
}

// TestTermHeading: natural headings without a heading in site.yaml, the
// site's own pattern when given, places named in full.
func TestTermHeading(t *testing.T) {
	dim := func(c config.Dimension) *index.Dimension {
		if c.Heading == "" {
			c.Heading = "%s"
		}
		return &index.Dimension{Dimension: &c}
	}
	for _, tc := range []struct {
		d    *index.Dimension
		term index.Term
		want string
	}{
		{dim(config.Dimension{Name: "Năm", Year: true}), index.Term{Name: "2020"}, "Gương sáng năm 2020"},
		{dim(config.Dimension{Name: "Loại", Badge: true}), index.Term{Name: "Cá nhân"}, "Cá nhân tiêu biểu"},
		{dim(config.Dimension{Name: "Địa bàn", Place: true}), index.Term{Name: "Đak Đoa", Description: "Huyện Đak Đoa"}, "Gương sáng huyện Đak Đoa"},
		{dim(config.Dimension{Name: "Địa bàn", Place: true}), index.Term{Name: "Pleiku", Description: "Thành phố Pleiku"}, "Gương sáng thành phố Pleiku"},
		{dim(config.Dimension{Name: "Địa bàn", Place: true}), index.Term{Name: "Đak Đoa", Description: "Vùng đất đỏ bazan"}, "Gương sáng Đak Đoa"},
		{dim(config.Dimension{Name: "Xã, phường", Place: true}), index.Term{Name: "Xã Ia Ly"}, "Gương sáng xã Ia Ly"},
		{dim(config.Dimension{Name: "Lĩnh vực"}), index.Term{Name: "Y tế"}, "Gương sáng lĩnh vực Y tế"},
		{dim(config.Dimension{Name: "Tiêu chí", Multiple: true}), index.Term{Name: "Sáng kiến"}, "Tiêu chí: Sáng kiến"},
		{dim(config.Dimension{Name: "Dân tộc", Multiple: true, Heading: "Gương sáng dân tộc %s"}), index.Term{Name: "Gia Rai"}, "Gương sáng dân tộc Gia Rai"},
		{dim(config.Dimension{Name: "Địa bàn", Place: true, Heading: "Điển hình tiên tiến %s"}), index.Term{Name: "Ia Pa", Description: "Huyện Ia Pa"}, "Điển hình tiên tiến huyện Ia Pa"},
	} {
		if got := termHeading(tc.d, &tc.term); got != tc.want {
			t.Errorf("%s %q: heading %q, want %q", tc.d.Name, tc.term.Name, got, tc.want)
		}
	}
}

// TestTermIntro: a district's page counts its profiles by kind and year,
// with a column per year from the first to the last, empty years too.
func TestTermIntro(t *testing.T) {
	s := buildTestSite(t, inlineSite(map[string]string{
		"content/ho-so/a.md": profileMD(`title: "A"`, "category: giao-duc", "district: chu-pah", "year: 2016", "kind: individual", "criteria: [sang-kien]"),
		"content/ho-so/b.md": profileMD(`title: "B"`, "category: giao-duc", "district: chu-pah", "year: 2019", "kind: collective", "criteria: [sang-kien]"),
		"content/ho-so/c.md": profileMD(`title: "C"`, "category: y-te", "district: chu-pah", "year: 2019", "kind: individual", "criteria: [sang-kien]"),
	}))
	d := dimOf(s.ix, "district")
	in := s.r.termIntro(d, d.Term("chu-pah"))
	if in.FirstYear != 2016 || in.LastYear != 2019 || in.Years == nil || len(in.Years.Bars) != 4 {
		t.Fatalf("intro %+v, want years 2016–2019 in 4 columns", in)
	}
	if b := in.Years.Bars; b[0].Count != 1 || b[1].Count != 0 || b[1].H != 0 || b[3].Count != 2 || b[3].H != miniHeight || b[0].H != miniHeight/2 {
		t.Errorf("columns %+v", b)
	}
	if len(in.Kinds) != 2 || in.Kinds[0].Name != "cá nhân" || in.Kinds[0].Count != 2 || in.Kinds[1].Count != 1 {
		t.Errorf("kinds %+v, want 2 cá nhân and 1 tập thể", in.Kinds)
	}
	page := s.page(t, "/dia-ban/chu-pah/")
	if !strings.Contains(page, `<svg class="mini-chart"`) || !strings.Contains(page, "3</strong> hồ sơ: 2 cá nhân và 1 tập thể, từ năm 2016 đến năm 2019.") {
		t.Errorf("district page lacks its introduction")
	}
	if yd := dimOf(s.ix, "year"); s.r.termIntro(yd, yd.Term("2019")).Years != nil {
		t.Error("a year's page has a chart by year")
	}
}

// TestCustomCSS: a site's css/custom.css is linked after site.css, so its
// custom properties win; without one no link is written.
func TestCustomCSS(t *testing.T) {
	files := map[string]string{"content/ho-so/a.md": profileMD(`title: "A"`, "category: giao-duc", "district: chu-pah", "year: 2020", "kind: individual", "criteria: [sang-kien]")}
	if strings.Contains(buildTestSite(t, inlineSite(files)).page(t, "/"), "custom.css") {
		t.Error("a site without custom.css links one")
	}
	files["themes/default/static/css/custom.css"] = ":root { --brand: #0b5394; }\n"
	home := buildTestSite(t, inlineSite(files)).page(t, "/")
	site, custom := strings.Index(home, `href="/css/site.css"`), strings.Index(home, `href="/css/custom.css"`)
	if site < 0 || custom < site {
		t.Errorf("custom.css at %d, site.css at %d: want custom.css linked after site.css", custom, site)
	}
}
