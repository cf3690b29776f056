package render

import (
	"encoding/json"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/index"
	"github.com/guongsang/guongsang/generator/vntext"
)

const searchSiteYAML = `title: "Thử tìm kiếm"
base_url: "https://thu.example/"
per_page: 2
categories:
  - {key: giao-duc, name: "Giáo dục, đào tạo"}
  - {key: y-te, name: "Y tế"}
districts:
  - {key: chu-pah, name: "Chư Păh"}
  - {key: dak-doa, name: "Đak Đoa"}
  - {key: pleiku, name: "Pleiku"}
criteria:
  - {key: sang-kien, name: "Sáng kiến"}
  - {key: tuong-than-tuong-ai, name: "Tương thân tương ái"}
`

// searchSite is four profiles: two people with the same name, a
// collective with a slug of its own, and a long summary.
var searchSite = map[string]string{
	"content/ho-so/nguyen-van-an.md": `---
title: "Nguyễn Văn An"
kind: individual
category: giao-duc
district: dak-doa
year: 2020
criteria: [sang-kien]
---

Thầy giáo **An** dạy chữ cho bà con ở Đak Đoa.
`,
	"content/ho-so/nguyen-van-an-2.md": `---
title: "NGUYỄN VĂN AN"
kind: individual
category: y-te
district: pleiku
year: 2019
criteria: [tuong-than-tuong-ai, sang-kien]
summary: "Y sĩ trạm y tế phường, hiến máu 30 lần."
---

Nội dung.
`,
	"content/ho-so/tram-y-te.md": `---
title: "Trạm Y tế xã Hà Bầu"
kind: collective
category: y-te
district: dak-doa
year: 2020
criteria: [tuong-than-tuong-ai]
slug: tram-y-te-ha-bau-dak-doa
---

Trạm y tế <b>luôn</b> sạch đẹp, đón tiếp bà con chu đáo suốt ngày đêm. ` + strings.Repeat("Cán bộ trạm tận tình với người bệnh. ", 3) + `Cuối đoạn có từ xylanh.
`,
	"content/ho-so/ksor-h-bia.md": `---
title: "Ksor H'Bia"
kind: individual
category: giao-duc
district: chu-pah
year: 2019
criteria: [sang-kien]
---

Cô giáo người Jrai.
`,
}

// renderSearchSite loads files as a site and returns its renderer.
func renderSearchSite(t *testing.T, files map[string]string) *Renderer {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	site, _, err := config.Parse([]byte(searchSiteYAML))
	if err != nil {
		t.Fatal(err)
	}
	set, _, err := content.Load(fsys, site, content.Options{Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	th, err := LoadTheme(nil, "default")
	if err != nil {
		t.Fatal(err)
	}
	return New(th, index.Build(site, set.Profiles))
}

// searchOutputs renders every job and returns output path → bytes and path → key.
func searchOutputs(t *testing.T, r *Renderer) (map[string][]byte, map[string]uint64) {
	t.Helper()
	files, keys := map[string][]byte{}, map[string]uint64{}
	for _, j := range r.Jobs() {
		b, err := r.Render(j)
		if err != nil {
			t.Fatal(err)
		}
		files[j.Path], keys[j.Path] = b, j.Key
	}
	return files, keys
}

func TestBucketOf(t *testing.T) {
	tests := []struct{ word, want string }{
		{"nguyen", "ng"}, {"nghe", "ng"}, {"nhan", "nh"}, {"nam", "n"}, {"n", "n"},
		{"chu", "ch"}, {"cong", "c"}, {"thi", "th"}, {"tram", "tr"}, {"to", "t"},
		{"gia", "gi"}, {"gan", "g"}, {"khanh", "kh"}, {"phu", "ph"}, {"quang", "q"},
		{"2020", "0"}, {"30", "0"}, {"ß", "_"}, {"日本", "_"}, {"", "_"}, {"zo", "z"},
	}
	for _, tt := range tests {
		if got := bucketOf(tt.word); got != tt.want {
			t.Errorf("bucketOf(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
	if !slices.IsSorted(wordBuckets) {
		t.Error("wordBuckets must be sorted")
	}
}

func TestSlugCode(t *testing.T) {
	tests := []struct{ title, slug, want string }{
		{"Nguyễn Văn An", "nguyen-van-an", ""},
		{"Nguyễn Văn An", "nguyen-van-an-2", "-2"},
		{"Nguyễn Văn An", "nguyen-van-an-12", "-12"},
		{"Nguyễn Văn An", "nguyen-van-an-02", "nguyen-van-an-02"},
		{"Nguyễn Văn An", "nguyen-van-an-b", "nguyen-van-an-b"},
		{"Trạm Y tế", "tram-y-te-ha-bau", "tram-y-te-ha-bau"},
		{"!!!", "ho-so", "ho-so"},
	}
	for _, tt := range tests {
		if got := slugCode(tt.title, tt.slug); got != tt.want {
			t.Errorf("slugCode(%q, %q) = %q, want %q", tt.title, tt.slug, got, tt.want)
		}
	}
}

func TestCut(t *testing.T) {
	long := strings.Repeat("Cán bộ tận tình, ", 20)
	got := cut(long, summaryMax)
	if n := utf8.RuneCountInString(got); n > summaryMax+1 || n < summaryMax/2 {
		t.Errorf("cut to %d characters: %q", n, got)
	}
	if !strings.HasSuffix(got, "bộ…") && !strings.HasSuffix(got, "tận…") && !strings.HasSuffix(got, "tình…") && !strings.HasSuffix(got, "Cán…") {
		t.Errorf("cut mid-word or kept punctuation: %q", got)
	}
	if cut("ngắn", 160) != "ngắn" {
		t.Error("short text changed")
	}
}

// decodedIndex is the search index of a rendered site, decoded.
type decodedIndex struct {
	cat       decodedCatalogue
	words     map[string]map[string][]int // bucket → word → profile numbers (not deltas)
	summaries []string
}

func decodeIndex(t *testing.T, files map[string][]byte) decodedIndex {
	t.Helper()
	var d decodedIndex
	if err := json.Unmarshal(files["tim-kiem/chi-muc/ho-so.json"], &d.cat); err != nil {
		t.Fatal(err)
	}
	d.words = map[string]map[string][]int{}
	for _, b := range allBuckets {
		data, ok := files["tim-kiem/chi-muc/tu-"+b+".json"]
		if !ok {
			t.Fatalf("no word shard %q", b)
		}
		var m map[string][]int
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		for w, l := range m {
			if bucketOf(w) != b {
				t.Errorf("word %q is in shard %q, want %q", w, b, bucketOf(w))
			}
			for i := 1; i < len(l); i++ {
				l[i] += l[i-1]
			}
		}
		d.words[b] = m
	}
	for n := 0; ; n++ {
		data, ok := files["tim-kiem/chi-muc/tt-"+strconv.Itoa(n)+".json"]
		if !ok {
			break
		}
		var l []string
		if err := json.Unmarshal(data, &l); err != nil {
			t.Fatal(err)
		}
		d.summaries = append(d.summaries, l...)
	}
	return d
}

// decodedCatalogue is ho-so.json decoded: the header, the dimensions,
// their vocabularies by column and the profile columns.
type decodedCatalogue struct {
	Version  string      `json:"v"`
	Base     string      `json:"b"`
	Chunk    int         `json:"n"`
	Buckets  []string    `json:"w"`
	Dims     [][3]string `json:"f"`
	Vocabs   map[string][][]string
	Profiles struct {
		Title []string `json:"t"`
		Slug  []string `json:"s"`
		Cols  map[string]json.RawMessage
	} `json:"p"`
}

func (c *decodedCatalogue) UnmarshalJSON(b []byte) error {
	type plain decodedCatalogue
	if err := json.Unmarshal(b, (*plain)(c)); err != nil {
		return err
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(b, &all); err != nil {
		return err
	}
	c.Vocabs = map[string][][]string{}
	for _, d := range c.Dims {
		if v, ok := all[d[0]]; ok {
			var l [][]string
			if err := json.Unmarshal(v, &l); err != nil {
				return err
			}
			c.Vocabs[d[0]] = l
		}
	}
	return json.Unmarshal(all["p"], &c.Profiles.Cols)
}

// single decodes the profile column col of a single-valued dimension.
func (c *decodedCatalogue) single(t *testing.T, col string) []int {
	var l []int
	if err := json.Unmarshal(c.Profiles.Cols[col], &l); err != nil {
		t.Fatalf("column %s: %v", col, err)
	}
	return l
}

// multi decodes the profile column col of a multi-valued dimension.
func (c *decodedCatalogue) multi(t *testing.T, col string) [][]int {
	var l [][]int
	if err := json.Unmarshal(c.Profiles.Cols[col], &l); err != nil {
		t.Fatalf("column %s: %v", col, err)
	}
	return l
}

// profileURL decodes a slug the way search.js does.
func (d decodedIndex) profileURL(i int) string {
	s := d.cat.Profiles.Slug[i]
	switch {
	case s == "":
		s = vntext.Slug(d.cat.Profiles.Title[i])
	case s[0] == '-':
		s = vntext.Slug(d.cat.Profiles.Title[i]) + s
	}
	return d.cat.Base + s + "/"
}

func TestSearchIndexContents(t *testing.T) {
	r := renderSearchSite(t, searchSite)
	files, _ := searchOutputs(t, r)
	d := decodeIndex(t, files)
	c := d.cat
	ix := r.ix

	if c.Base != "/ho-so/" || c.Chunk != summaryChunk || !slices.Equal(c.Buckets, wordBuckets) {
		t.Errorf("header = %q %d %q", c.Base, c.Chunk, c.Buckets)
	}
	if !regexp.MustCompile(`^[0-9a-f]{12}$`).MatchString(c.Version) {
		t.Errorf("version = %q", c.Version)
	}
	if want := [][3]string{{"k", "tos", "kind"}, {"d", "os", "district"}, {"y", "osy", "year"}, {"c", "os", "category"}, {"r", "sm", "criteria"}}; !slices.Equal(c.Dims, want) {
		t.Errorf("dimensions = %q, want card ones first, in card order", c.Dims)
	}
	pairs := func(l [][]string) (out [][2]string) {
		for _, e := range l {
			out = append(out, [2]string{e[0], e[1]})
		}
		return out
	}
	if want := [][2]string{{"ca-nhan", "Cá nhân"}, {"tap-the", "Tập thể"}}; !slices.Equal(pairs(c.Vocabs["k"]), want) {
		t.Errorf("kinds = %q", c.Vocabs["k"])
	}
	if want := [][2]string{{"chu-pah", "Chư Păh"}, {"dak-doa", "Đak Đoa"}, {"pleiku", "Pleiku"}}; !slices.Equal(pairs(c.Vocabs["d"]), want) {
		t.Errorf("districts = %q", c.Vocabs["d"])
	}
	if len(c.Vocabs["c"]) != 2 || len(c.Vocabs["r"]) != 2 {
		t.Errorf("categories %q, criteria %q", c.Vocabs["c"], c.Vocabs["r"])
	}
	if _, ok := c.Vocabs["y"]; ok {
		t.Error("years have a vocabulary; they come from the profiles")
	}

	// One entry per profile, in list order, every field pointing at the
	// right term.
	p := c.Profiles
	n := len(ix.Profiles)
	kind, cat, dis, year, crits := c.single(t, "k"), c.single(t, "c"), c.single(t, "d"), c.single(t, "y"), c.multi(t, "r")
	for name, l := range map[string]int{"t": len(p.Title), "s": len(p.Slug), "k": len(kind), "c": len(cat),
		"d": len(dis), "y": len(year), "r": len(crits), "summaries": len(d.summaries)} {
		if l != n {
			t.Errorf("column %s has %d entries, want %d", name, l, n)
		}
	}
	kinds := ix.Dim("kind")
	val := func(p *content.Profile, key string) string { return p.Value(ix.Site.Dim(key)) }
	for i, prof := range ix.Profiles {
		if p.Title[i] != prof.Title || d.profileURL(i) != prof.URL || year[i] != prof.Year ||
			c.Vocabs["k"][kind[i]][0] != termSlug(kinds, kinds.Term(val(prof, "kind"))) ||
			c.Vocabs["c"][cat[i]][0] != val(prof, "category") || c.Vocabs["d"][dis[i]][0] != val(prof, "district") {
			t.Errorf("entry %d = %q %q %d %d %d %d, profile %+v", i, p.Title[i], p.Slug[i], kind[i], cat[i], dis[i], year[i], prof)
		}
		var crit []string
		for _, x := range crits[i] {
			crit = append(crit, c.Vocabs["r"][x][0])
		}
		if want := prof.Values(ix.Site.Dim("criteria")); !slices.Equal(crit, want) {
			t.Errorf("%s: criteria %q, want %q", prof.URL, crit, want)
		}
		if d.summaries[i] != SearchSummary(prof) {
			t.Errorf("%s: summary %q", prof.URL, d.summaries[i])
		}
	}
	if slices.Contains(p.Slug, "nguyen-van-an-2") || !slices.Contains(p.Slug, "-2") || !slices.Contains(p.Slug, "tram-y-te-ha-bau-dak-doa") {
		t.Errorf("slug codes = %q", p.Slug)
	}

	// Summaries are plain text, cut.
	for _, s := range d.summaries {
		if strings.ContainsAny(s, "<>*") {
			t.Errorf("summary has markup: %q", s)
		}
		if utf8.RuneCountInString(s) > summaryMax+1 {
			t.Errorf("summary not cut: %d characters", utf8.RuneCountInString(s))
		}
	}

	// Words are folded and point at every profile whose title or summary
	// has them.
	pos := func(url string) int {
		for i, prof := range ix.Profiles {
			if prof.URL == url {
				return i
			}
		}
		t.Fatalf("no profile %s", url)
		return -1
	}
	an, an2, tram, bia := pos("/ho-so/nguyen-van-an/"), pos("/ho-so/nguyen-van-an-2/"), pos("/ho-so/tram-y-te-ha-bau-dak-doa/"), pos("/ho-so/ksor-h-bia/")
	sorted := func(xs ...int) []int { slices.Sort(xs); return xs }
	for word, want := range map[string][]int{
		"nguyen": sorted(an, an2),
		"van":    sorted(an, an2),
		"dak":    {an}, // "Đak Đoa" is in An's text; the Trạm's district comes from the catalogue
		"doa":    {an}, // not "đón"
		"tram":   sorted(an2, tram),
		"y":      sorted(an2, tram),
		"h":      {bia}, // H'Bia folds to "h bia"
		"bia":    {bia},
		"30":     {an2},
		"ngay":   {tram},
		"xylanh": nil,    // in the part of the summary results do not show
		"luon":   {tram}, // <b> is not text
	} {
		got := d.words[bucketOf(word)][word]
		if !slices.Equal(got, want) {
			t.Errorf("word %q → %v, want %v", word, got, want)
		}
	}
	for b, m := range d.words {
		for w := range m {
			if vntext.Fold(w) != w || strings.Contains(w, " ") {
				t.Errorf("shard %s: word %q is not folded", b, w)
			}
		}
	}
	if _, ok := d.words["d"]["đak"]; ok {
		t.Error("đ kept in a word")
	}
}

func TestSearchIndexDeterministic(t *testing.T) {
	a, _ := searchOutputs(t, renderSearchSite(t, searchSite))
	b, _ := searchOutputs(t, renderSearchSite(t, searchSite))
	if !maps.EqualFunc(a, b, func(x, y []byte) bool { return string(x) == string(y) }) {
		for p := range a {
			if string(a[p]) != string(b[p]) {
				t.Errorf("%s differs between two renders", p)
			}
		}
	}
	var paths [2][]string
	for i := range paths {
		for _, j := range renderSearchSite(t, searchSite).Jobs() {
			paths[i] = append(paths[i], j.Path)
		}
	}
	if !slices.Equal(paths[0], paths[1]) {
		t.Error("job order differs between two runs")
	}
}

// TestSearchKeys: the index files' fingerprints change with any profile
// the index shows, and with nothing else. The first page of /ho-so/ shows
// the filter panel's counts, not the index: it changes with them, and not
// with the text of a profile on another page.
func TestSearchKeys(t *testing.T) {
	_, base := searchOutputs(t, renderSearchSite(t, searchSite))
	index := []string{"tim-kiem/chi-muc/ho-so.json", "tim-kiem/chi-muc/tu-ng.json", "tim-kiem/chi-muc/tt-0.json", "ho-so/index.html"}

	_, same := searchOutputs(t, renderSearchSite(t, searchSite))
	for _, p := range index {
		if same[p] != base[p] {
			t.Errorf("%s: key changed without a change", p)
		}
	}

	edits := map[string]func(map[string]string){
		"summary": func(m map[string]string) {
			m["content/ho-so/ksor-h-bia.md"] = strings.Replace(m["content/ho-so/ksor-h-bia.md"], "người Jrai", "người Bahnar", 1)
		},
		"district": func(m map[string]string) {
			m["content/ho-so/ksor-h-bia.md"] = strings.Replace(m["content/ho-so/ksor-h-bia.md"], "chu-pah", "pleiku", 1)
		},
		"file name": func(m map[string]string) {
			m["content/ho-so/ksor-hbia.md"] = m["content/ho-so/ksor-h-bia.md"]
			delete(m, "content/ho-so/ksor-h-bia.md")
		},
		"new profile": func(m map[string]string) {
			m["content/ho-so/moi.md"] = strings.Replace(m["content/ho-so/ksor-h-bia.md"], "Ksor H'Bia", "Rơ Mah Mới", 1)
		},
	}
	counts := map[string]bool{"district": true, "new profile": true}
	for name, edit := range edits {
		files := maps.Clone(searchSite)
		edit(files)
		out, keys := searchOutputs(t, renderSearchSite(t, files))
		for _, p := range index {
			if p == "ho-so/index.html" && !counts[name] {
				if keys[p] != base[p] {
					t.Errorf("%s: key of %s changed, but the page shows nothing of the edit", name, p)
				}
				continue
			}
			if keys[p] == base[p] {
				t.Errorf("%s: key of %s did not change", name, p)
			}
		}
		if _, ok := out["tim-kiem/chi-muc/ho-so.json"]; !ok {
			t.Fatal("no catalogue")
		}
	}
}

func TestBrowsePanel(t *testing.T) {
	files, _ := searchOutputs(t, renderSearchSite(t, searchSite))
	page := string(files["ho-so/index.html"])
	for _, want := range []string{
		`<form class="filters needs-js" id="loc" action="/ho-so/" method="get" data-index="/tim-kiem/chi-muc/ho-so.json" data-search="/js/search.js" data-heading="Tất cả hồ sơ">`,
		`<label for="loc-loai">Loại</label>`,
		`<select id="loc-loai" name="loai" data-column="k">`,
		`<option value="ca-nhan">Cá nhân (3)</option>`,
		`<select id="loc-linh-vuc" name="linh-vuc" data-column="c">`,
		`<select id="loc-dia-ban" name="dia-ban" data-column="d">`,
		`<option value="dak-doa">Đak Đoa (2)</option>`,
		`<select id="loc-nam" name="nam" data-column="y">`,
		`<option value="2020">2020 (2)</option>`,
		`<select id="loc-tieu-chi" name="tieu-chi" data-column="r">`,
		`<option value="sang-kien">Sáng kiến (3)</option>`,
		`<a href="/dia-ban/dak-doa/">Đak Đoa</a> <span class="count">2</span>`, // the links without JavaScript
		`<p class="notice">Muốn lọc hồ sơ, trình duyệt cần bật JavaScript.`,
		`<p class="filter-status" id="loc-dem" role="status"></p>`,
		`<script src="/js/filter.js" defer></script>`,
		`<noscript><link rel="stylesheet" href="/css/noscript.css"></noscript>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("/ho-so/ lacks %s", want)
		}
	}
	// filter.js loads search.js when the panel is first used (data-search):
	// the page does not.
	if strings.Contains(page, `<script src="/js/search.js"`) {
		t.Error("/ho-so/ loads search.js at once")
	}
	if strings.Contains(page, `value="chu-pah">Chư Păh (0)`) || strings.Count(page, "<option") != 5+2+2+3+2+2 {
		t.Errorf("/ho-so/ lists terms without profiles or misses some: %d options", strings.Count(page, "<option"))
	}
	if strings.Contains(string(files["index.html"]), `id="loc"`) || strings.Contains(string(files["index.html"]), "filter.js") {
		t.Error("the home page has the filter panel")
	}
	// Every page of /ho-so/ has the panel; its heading keeps no page number.
	if p := string(files["ho-so/trang/2/index.html"]); !strings.Contains(p, `action="/ho-so/" method="get" data-index="/tim-kiem/chi-muc/ho-so.json" data-search="/js/search.js" data-heading="Tất cả hồ sơ">`) {
		t.Error("/ho-so/trang/2/ lacks the filter panel")
	}

	// A term's list narrows within the term: no filter of its own
	// dimension, counts within it, and no filter that would not narrow
	// (both profiles of Đak Đoa are of 2020).
	term := string(files["dia-ban/dak-doa/index.html"])
	for _, want := range []string{
		`<form class="filters needs-js" id="loc" action="/dia-ban/dak-doa/" method="get" data-index="/tim-kiem/chi-muc/ho-so.json" data-search="/js/search.js" data-heading="Gương sáng Đak Đoa" data-within-column="d" data-within="dak-doa">`,
		`<option value="ca-nhan">Cá nhân (1)</option>`,
		`<option value="tap-the">Tập thể (1)</option>`,
		`<option value="y-te">Y tế (1)</option>`,
		`<option value="sang-kien">Sáng kiến (1)</option>`,
		`<script src="/js/filter.js" defer></script>`,
		`trang này hiện tất cả hồ sơ của mục này`,
		`<a href="/linh-vuc/y-te/">Y tế</a> <span class="count">1</span>`,
	} {
		if !strings.Contains(term, want) {
			t.Errorf("/dia-ban/dak-doa/ lacks %s", want)
		}
	}
	for _, not := range []string{`id="loc-dia-ban"`, `id="loc-nam"`, `value="pleiku"`, `value="nguoi-tot"`} {
		if strings.Contains(term, not) {
			t.Errorf("/dia-ban/dak-doa/ has %s", not)
		}
	}

	search := string(files["tim-kiem/index.html"])
	for _, want := range []string{
		`<form class="search-form needs-js" id="tim" action="/tim-kiem/" method="get" role="search" data-index="/tim-kiem/chi-muc/ho-so.json">`,
		`<input type="search" id="tim-q" name="q"`,
		`<label for="tim-q">`,
		`Tìm trong 4 hồ sơ.`,
		`<noscript>`, `cần bật JavaScript`, `<a href="/ho-so/">`, `<a href="/dia-ban/">`,
		`<p class="search-status" id="tim-dem" role="status"></p>`,
		`<script src="/js/search.js" defer></script>`,
		`<a href="/tim-kiem/" aria-current="page">Tìm kiếm</a>`,
	} {
		if !strings.Contains(search, want) {
			t.Errorf("/tim-kiem/ lacks %s", want)
		}
	}
	// CSP: no inline script, style or handler on any of these pages; the
	// scripts' words are a JSON data block, which runs nothing.
	inline := regexp.MustCompile(`<script>|<script(?: [^>]*)?>[^<]|style=|<style|\son[a-z]+=`)
	for _, p := range []string{"ho-so/index.html", "tim-kiem/index.html", "dia-ban/dak-doa/index.html"} {
		body := strings.ReplaceAll(string(files[p]), `<script type="application/ld+json">`, "")
		words := regexp.MustCompile(`<script type="application/json" id="gs-chu">([^<]*)</script>`).FindStringSubmatch(body)
		var m map[string]string
		if words == nil || json.Unmarshal([]byte(words[1]), &m) != nil {
			t.Errorf("%s lacks the scripts' words", p)
			continue
		} else if m["filterFound"] != i18n.JSFilterFound.In(i18n.Vi) || m["suggest"] != i18n.SearchDidYouMean.In(i18n.Vi) || m["sep"] != "." {
			t.Errorf("%s: the scripts' words are not the catalog's: %v", p, m)
		}
		body = strings.Replace(body, words[0], "", 1)
		if m := inline.FindString(body); m != "" {
			t.Errorf("%s has inline code: %q", p, m)
		}
	}
}

// TestSearchCatalogueCollections: the catalogue lists the site's
// collections under "bst" as [URL, title, number of profiles], newest
// first, and has no "bst" when the site has none.
func TestSearchCatalogueCollections(t *testing.T) {
	t.Parallel()
	decode := func(s *builtSite) map[string]json.RawMessage {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(s.files[strings.TrimPrefix(searchCatalogue, "/")], &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	files := map[string]string{
		"content/ho-so/a.md": profileMD(`title: "Nguyễn Văn A"`, "kind: individual", "category: giao-duc", "district: chu-pah", "year: 2020", "criteria: [sang-kien]"),
		"content/ho-so/b.md": profileMD(`title: "Trần Thị B"`, "kind: individual", "category: y-te", "district: ia-pa", "year: 2019", "criteria: [sang-kien]"),
	}
	if _, ok := decode(buildTestSite(t, inlineSite(files)))["bst"]; ok {
		t.Error("a site without collections has \"bst\" in its catalogue")
	}
	files["content/bo-suu-tap/dai-hoi.md"] = "---\ntitle: \"Đại hội Thi đua yêu nước lần thứ X\"\ndate: 2020-09-25\nprofiles: [b, a]\n---\n"
	files["content/bo-suu-tap/y-te.md"] = "---\ntitle: \"Ngành Y tế\"\ndate: 2021-01-10\nrule:\n  category: y-te\n---\n"
	var got [][]any
	if err := json.Unmarshal(decode(buildTestSite(t, inlineSite(files)))["bst"], &got); err != nil {
		t.Fatal(err)
	}
	want := [][]any{{"/bo-suu-tap/y-te/", "Ngành Y tế", 1.0}, {"/bo-suu-tap/dai-hoi/", "Đại hội Thi đua yêu nước lần thứ X", 2.0}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("bst = %v, want %v", got, want)
	}
}
