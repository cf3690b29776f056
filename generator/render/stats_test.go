package render

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var (
	svgRE     = regexp.MustCompile(`(?s)<svg class="chart"[^>]*>.*?</svg>`)
	svgBarRE  = regexp.MustCompile(`<a href="([^"]*)" aria-label="([^":]*): (\d+) hồ sơ \(([^)]*)\)">`)
	hrefRE    = regexp.MustCompile(`href="([^"#]*)(#[^"]*)?"`)
	sectionRE = regexp.MustCompile(`(?s)<section class="stat" id="([^"]*)".*?</section>`)
)

// TestStatsPage checks the statistics page of the golden site against its
// index: every chart shows every term with its count, each bar links to
// that term's list page, and every link on the page resolves.
func TestStatsPage(t *testing.T) {
	t.Parallel()
	s := buildTestSite(t, goldenSiteFS())
	page := s.page(t, "/thong-ke/")

	sections := map[string]string{}
	for _, m := range sectionRE.FindAllStringSubmatch(page, -1) {
		sections[m[1]] = m[0]
	}
	for id, dim := range map[string]string{"dia-ban": "district", "nam": "year",
		"linh-vuc": "category", "loai": "kind", "tieu-chi": "criteria"} {
		d := s.ix.Dim(dim)
		sec, ok := sections[id]
		if !ok {
			t.Errorf("no section #%s for %s", id, d.Name)
			continue
		}
		svg := svgRE.FindString(sec)
		if svg == "" || !strings.Contains(svg, "<title") || !strings.Contains(svg, "aria-labelledby=") {
			t.Errorf("#%s: no chart with a title", id)
			continue
		}
		if strings.Contains(svg, "style=") {
			t.Errorf("#%s: inline style in the chart; the CSP forbids it", id)
		}
		bars := map[string]string{}
		for _, m := range svgBarRE.FindAllStringSubmatch(svg, -1) {
			bars[m[2]] = m[1] + " " + m[3]
			if !s.exists(m[1]) {
				t.Errorf("#%s: bar %q links to %s, which is not built", id, m[2], m[1])
			}
		}
		for _, term := range d.Terms {
			if len(term.Profiles) == 0 {
				continue
			}
			want := term.URL + " " + strconv.Itoa(len(term.Profiles))
			if bars[term.Name] != want {
				t.Errorf("#%s: bar for %q is %q, want link and count %q", id, term.Name, bars[term.Name], want)
			}
			row := `<a href="` + term.URL + `">` + term.Name + `</a></th><td class="num">` + strconv.Itoa(len(term.Profiles)) + `</td>`
			if !strings.Contains(sec, row) {
				t.Errorf("#%s: table lacks the row %s", id, row)
			}
		}
	}
	for _, id := range []string{"dia-ban-nam", "du-lieu-mo"} {
		if sections[id] == "" {
			t.Errorf("no section #%s", id)
		}
	}
	for _, m := range hrefRE.FindAllStringSubmatch(page, -1) {
		if strings.HasPrefix(m[1], "/") && !s.exists(m[1]) {
			t.Errorf("broken link %s", m[1])
		}
	}
	for _, u := range []string{DataCSVPath, DataJSONPath} {
		if !strings.Contains(page, `href="`+u+`"`) {
			t.Errorf("statistics page does not link %s", u)
		}
	}
	// Reachable from every page: nav and footer.
	for _, u := range []string{"/", "/ho-so/nguyen-thi-hoa/", "/dia-ban/"} {
		if strings.Count(s.page(t, u), `href="/thong-ke/"`) < 2 {
			t.Errorf("%s does not link the statistics page from both nav and footer", u)
		}
	}
}

// TestStatsView checks the numbers behind the page on a site with a
// district and a category that have no profiles.
func TestStatsView(t *testing.T) {
	t.Parallel()
	p := func(title, kind, cat, dis, year string, crit ...string) string {
		return profileMD("title: "+title, "kind: "+kind, "category: "+cat, "district: "+dis, "year: "+year,
			"criteria: ["+strings.Join(crit, ", ")+"]")
	}
	s := buildTestSite(t, inlineSite(map[string]string{
		"content/ho-so/a.md": p("A", "individual", "giao-duc", "chu-pah", "2019", "sang-kien", "tuong-than"),
		"content/ho-so/b.md": p("B", "individual", "giao-duc", "chu-pah", "2020", "sang-kien"),
		"content/ho-so/c.md": p("C", "collective", "giao-duc", "dak-doa", "2020", "sang-kien"),
	}))
	sv := s.r.statsView()
	if sv.Total != 3 || len(sv.Counts) != 2 || sv.Counts[0] != (Link{Name: "cá nhân", URL: "/loai/ca-nhan/", Count: 2, Dim: "kind"}) ||
		sv.Counts[1].Count != 1 || sv.Places == nil || sv.Places.Count != 2 || sv.Places.Name != "địa bàn" || sv.FirstYear != 2019 || sv.LastYear != 2020 {
		t.Errorf("summary %+v", sv)
	}
	charts := map[string]*Chart{}
	var order []string
	for _, c := range sv.Charts {
		charts[c.ID] = c
		order = append(order, c.ID)
	}
	if !slices.Equal(order, []string{"dia-ban", "nam", "linh-vuc", "loai", "tieu-chi"}) {
		t.Errorf("chart order %q", order)
	}
	type row struct {
		name, url string
		n         int
	}
	rows := func(c *Chart) []row {
		var out []row
		for _, b := range c.Rows {
			out = append(out, row{b.Name, b.URL, b.Count})
		}
		return out
	}
	for id, want := range map[string][]row{
		// By count, largest first; a term without profiles stays, unlinked.
		"dia-ban":  {{"Chư Păh", "/dia-ban/chu-pah/", 2}, {"Đak Đoa", "/dia-ban/dak-doa/", 1}, {"Ia Pa", "", 0}},
		"linh-vuc": {{"Giáo dục", "/linh-vuc/giao-duc/", 3}, {"Y tế", "", 0}},
		"nam":      {{"2019", "/nam/2019/", 1}, {"2020", "/nam/2020/", 2}}, // oldest first, as the matrix
		"tieu-chi": {{"Sáng kiến", "/tieu-chi/sang-kien/", 3}, {"Tương thân tương ái", "/tieu-chi/tuong-than/", 1}},
		"loai":     {{"Cá nhân", "/loai/ca-nhan/", 2}, {"Tập thể", "/loai/tap-the/", 1}},
	} {
		if got := rows(charts[id]); !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", id, got, want)
		}
	}
	if c := charts["tieu-chi"]; c.Summed || c.Total != 4 || c.Note == "" {
		t.Errorf("criteria: a profile counts under each of its criteria, so no total row and a note; got summed %v total %d", c.Summed, c.Total)
	}
	if c := charts["dia-ban"]; !c.Summed || c.Total != 3 {
		t.Errorf("districts: total %d summed %v", c.Total, c.Summed)
	}

	// Geometry: the longest bar is the largest count, an empty term has
	// none, everything fits the view box.
	for _, c := range sv.Charts {
		for _, b := range c.Rows {
			if (b.Count == 0) != (b.W == 0) {
				t.Errorf("%s/%s: count %d, width %d", c.ID, b.Name, b.Count, b.W)
			}
			if b.X+b.W > c.Width-chartCountW+1 || b.Y+b.H > c.Height || b.CountY > c.Height {
				t.Errorf("%s/%s: bar %d+%d at y %d outside %dx%d", c.ID, b.Name, b.X, b.W, b.Y, c.Width, c.Height)
			}
			for _, l := range b.Lines {
				if l.Y > c.Height || len([]rune(l.Text)) > chartWrap && strings.Contains(l.Text, " ") {
					t.Errorf("%s/%s: label line %q at %d", c.ID, b.Name, l.Text, l.Y)
				}
			}
		}
		if c.Rows[0].Count > 0 && c.Rows[0].W != c.Width-c.Rows[0].X-chartCountW && c.ID != "nam" {
			t.Errorf("%s: largest bar is %d wide, want the full width", c.ID, c.Rows[0].W)
		}
	}

	m := sv.Matrix
	if got := []string{m.Years[0].Name, m.Years[1].Name}; !slices.Equal(got, []string{"2019", "2020"}) {
		t.Errorf("matrix years %q, want oldest first", got)
	}
	cells := map[string][]int{}
	for _, r := range m.Rows {
		for _, c := range r.Cells {
			cells[r.Name] = append(cells[r.Name], c.Count)
		}
	}
	for name, want := range map[string][]int{"Chư Păh": {1, 1}, "Đak Đoa": {0, 1}, "Ia Pa": {0, 0}} {
		if !slices.Equal(cells[name], want) {
			t.Errorf("matrix %s: %v, want %v", name, cells[name], want)
		}
	}
	if m.Total != 3 || m.Years[0].Count != 1 || m.Years[1].Count != 2 || m.Rows[0].Count != 2 {
		t.Errorf("matrix totals: %+v", m)
	}

	// The rendered page shows the empty district without a link and
	// without a bar.
	page := s.page(t, "/thong-ke/")
	if !strings.Contains(page, `<g class="chart-empty"><text><tspan class="chart-l"`) || strings.Contains(page, `href="/dia-ban/ia-pa/"`) {
		t.Error("a district without profiles must be drawn unlinked")
	}
	if !strings.Contains(page, `<th scope="row">Ia Pa</th><td class="num lv0">0</td>`) {
		t.Error("matrix row for a district without profiles missing")
	}
}

// TestStatsKey: the page's key changes when only the district × year
// table changes, with every per-term count the same.
func TestStatsKey(t *testing.T) {
	t.Parallel()
	key := func(yearA, yearB string) uint64 {
		s := buildTestSite(t, inlineSite(map[string]string{
			"content/ho-so/a.md": profileMD("title: A", "kind: individual", "category: y-te", "district: chu-pah", "year: "+yearA, "criteria: [sang-kien]"),
			"content/ho-so/b.md": profileMD("title: B", "kind: individual", "category: y-te", "district: dak-doa", "year: "+yearB, "criteria: [sang-kien]"),
		}))
		for _, j := range s.jobs {
			if j.Path == "thong-ke/index.html" {
				return j.Key
			}
		}
		t.Fatal("no statistics job")
		return 0
	}
	if key("2019", "2020") == key("2020", "2019") {
		t.Error("swapping two profiles' years changes the district × year table but not the key")
	}
	if k1, k2 := key("2019", "2020"), key("2019", "2020"); k1 != k2 {
		t.Error("key is not stable")
	}
}

func TestStatShare(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		n, total int
		want     string
	}{{0, 0, "0%"}, {0, 5, "0%"}, {1, 3, "33,3%"}, {3, 5, "60%"}, {5, 5, "100%"}, {1, 35, "2,9%"}} {
		if got := statShare(c.n, c.total); got != c.want {
			t.Errorf("statShare(%d, %d) = %q, want %q", c.n, c.total, got, c.want)
		}
	}
}

func TestWrapLabel(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in    string
		width int
		want  []string
	}{
		{"", 10, []string{""}},
		{"Y tế", 10, []string{"Y tế"}},
		{"Học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 30,
			[]string{"Học tập, làm theo tư tưởng,", "đạo đức, phong cách Hồ Chí", "Minh"}},
		{"Một-từ-rất-dài-không-có-dấu-cách a", 10, []string{"Một-từ-rất-dài-không-có-dấu-cách", "a"}},
		{"  thừa   dấu  cách ", 40, []string{"thừa dấu cách"}},
	} {
		if got := wrapLabel(c.in, c.width); !slices.Equal(got, c.want) {
			t.Errorf("wrapLabel(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
		}
	}
}
