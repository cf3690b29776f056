package build

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// dimsSite declares its dimensions in site.yaml: a commune dimension with
// history links to the districts, and dan-toc, an ethnic-group dimension
// that no Go code names.
var dimsSite = filepath.Join("testdata", "dims")

// TestDimensionFromSiteYAML: a dimension added only in site.yaml gets term
// pages, a filter, search entries, a statistics chart, open-data columns
// and feeds.
func TestDimensionFromSiteYAML(t *testing.T) {
	files := buildMemory(t, dimsSite, Options{})
	checkLinks(t, files, "https://chieu.example/")
	page := func(p string) string {
		t.Helper()
		b, ok := files[p]
		if !ok {
			t.Fatalf("no %s", p)
		}
		return string(b)
	}

	// Its index page and a page and feed per term with profiles.
	if idx := page("dan-toc/index.html"); !strings.Contains(idx, `<a href="/dan-toc/gia-rai/">Gia Rai</a>`) {
		t.Error("/dan-toc/ does not list Gia Rai")
	}
	gr := page("dan-toc/gia-rai/index.html")
	if !strings.Contains(gr, "<h1>Gương sáng dân tộc Gia Rai</h1>") || !strings.Contains(gr, "Rah Lan Hiếu") || !strings.Contains(gr, "Siu Thủy") {
		t.Error("/dan-toc/gia-rai/ lacks its heading or a profile written as an alias (Jrai) or a key")
	}
	if strings.Contains(gr, "Trạm Y tế Hội Phú") {
		t.Error("/dan-toc/gia-rai/ lists a Kinh profile")
	}
	if feed := page("dan-toc/ba-na/index.xml"); !strings.Contains(feed, "Siu Thủy") || strings.Contains(feed, "Rah Lan Hiếu") {
		t.Error("the Ba Na feed has the wrong entries")
	}
	if _, ok := files["dan-toc/ba-na/index.html"]; !ok {
		t.Error("no page for Ba Na")
	}
	// In the navigation and on the profile page.
	if home := page("index.html"); !strings.Contains(home, `<a href="/dan-toc/">Dân tộc</a>`) {
		t.Error("the navigation lacks Dân tộc")
	}
	if p := page("ho-so/siu-thuy/index.html"); !strings.Contains(p, `<dt>Dân tộc</dt><dd><ul class="tags"><li><a class="tag" href="/dan-toc/gia-rai/">Gia Rai</a></li><li><a class="tag" href="/dan-toc/ba-na/">Ba Na</a></li></ul></dd>`) {
		t.Error("the profile page does not show both ethnic groups as tags")
	}

	// A filter on /ho-so/.
	if l := page("ho-so/index.html"); !strings.Contains(l, `<select id="loc-dan-toc" name="dan-toc" data-column="dan-toc">`) ||
		!strings.Contains(l, `<option value="gia-rai">Gia Rai (2)</option>`) {
		t.Error("/ho-so/ has no dan-toc filter with counts")
	}

	// Search entries: the vocabulary and a column of lists.
	var cat map[string]json.RawMessage
	if err := json.Unmarshal(files["tim-kiem/chi-muc/ho-so.json"], &cat); err != nil {
		t.Fatal(err)
	}
	var f [][3]string
	json.Unmarshal(cat["f"], &f)
	if !slices.Contains(f, [3]string{"dan-toc", "osm", "dan-toc"}) {
		t.Errorf("catalogue dimensions %q lack dan-toc (on cards, searched, multi-valued)", f)
	}
	var vocab [][]string
	json.Unmarshal(cat["dan-toc"], &vocab)
	if len(vocab) != 3 || vocab[0][0] != "gia-rai" || vocab[0][1] != "Gia Rai" {
		t.Errorf("dan-toc vocabulary = %q", vocab)
	}
	var cols map[string]json.RawMessage
	json.Unmarshal(cat["p"], &cols)
	var dt [][]int
	if err := json.Unmarshal(cols["dan-toc"], &dt); err != nil || len(dt) != 4 {
		t.Errorf("dan-toc column %s: %v", cols["dan-toc"], err)
	}

	// A statistics chart.
	if st := page("thong-ke/index.html"); !strings.Contains(st, `<section class="stat" id="dan-toc"`) ||
		!strings.Contains(st, "Một hồ sơ có thể thuộc nhiều mục dân tộc") {
		t.Error("/thong-ke/ has no dan-toc chart with the note for multi-valued dimensions")
	}

	// Open-data columns.
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(files["du-lieu/ho-so.csv"], []byte("\xef\xbb\xbf")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	i := slices.Index(rows[0], "Mã dân tộc")
	if i < 0 || rows[0][i+1] != "Dân tộc" {
		t.Fatalf("CSV heads %q lack the dan-toc columns", rows[0])
	}
	found := false
	for _, r := range rows[1:] {
		if r[0] == "Siu Thủy" {
			found = r[i] == "gia-rai; ba-na" && r[i+1] == "Gia Rai; Ba Na"
		}
	}
	if !found {
		t.Error("Siu Thủy's CSV row lacks her ethnic groups")
	}
	if !bytes.Contains(files["du-lieu/ho-so.json"], []byte(`"dan-toc":["gia-rai","ba-na"],"dan-toc_names":["Gia Rai","Ba Na"]`)) {
		t.Error("ho-so.json lacks the dan-toc keys")
	}
	// JSON-LD: the province comes from site.yaml, the place is the commune.
	if p := page("ho-so/siu-thuy/index.html"); !strings.Contains(p, `"addressLocality":"Xã Ia Ly","addressRegion":"Gia Lai"`) {
		t.Error("JSON-LD address lacks the commune and the province")
	}
}

// TestPlacesWithHistory: a former district's page says so and links to
// the communes that cover it now; a commune's page links back.
func TestPlacesWithHistory(t *testing.T) {
	files := buildMemory(t, dimsSite, Options{})
	cp := string(files["dia-ban/chu-pah/index.html"])
	for _, want := range []string{
		"<h1>Gương sáng huyện Chư Păh</h1>",
		"Chư Păh là đơn vị hành chính cũ, tồn tại đến ngày 30/06/2025.",
		`Địa bàn này nay thuộc: <a href="/xa-phuong/ia-ly/">Xã Ia Ly</a>, Xã Chư Păh.`, // no profiles, so no page to link
	} {
		if !strings.Contains(cp, want) {
			t.Errorf("/dia-ban/chu-pah/ lacks %q", want)
		}
	}
	ial := string(files["xa-phuong/ia-ly/index.html"])
	for _, want := range []string{
		"Xã Ia Ly là đơn vị hành chính mới, có từ ngày 01/07/2025.",
		`Trước đây thuộc: <a href="/dia-ban/chu-pah/">Chư Păh</a>.`,
	} {
		if !strings.Contains(ial, want) {
			t.Errorf("/xa-phuong/ia-ly/ lacks %q", want)
		}
	}
	// formerly written on the commune links the district too.
	if pl := string(files["dia-ban/pleiku/index.html"]); !strings.Contains(pl, `nay thuộc: <a href="/xa-phuong/pleiku-phuong/">Phường Pleiku</a>.`) {
		t.Error("/dia-ban/pleiku/ does not link the ward that now covers it")
	}
}

// TestBrowserSearchFormerDistrict: searching for a former district finds
// its own profiles and those of the communes that now cover it, marked.
func TestBrowserSearchFormerDistrict(t *testing.T) {
	_, base, _ := servedSite(t, dimsSite)
	ctx := browserTab(t, 0)
	do(t, ctx, chromedp.Navigate(base+"/tim-kiem/"), chromedp.WaitVisible(chromedp.ID("tim-q")))
	got := search(t, ctx, "Chư Păh")
	if !slices.Contains(got, "/ho-so/rah-lan-hieu/") || !slices.Contains(got, "/ho-so/siu-thuy/") {
		t.Errorf("search for Chư Păh found %q, want the 2019 district profile and the 2026 Ia Ly one", got)
	}
	if slices.Contains(got, "/ho-so/nguyen-van-binh/") {
		t.Errorf("search for Chư Păh found a Pleiku profile: %q", got)
	}
	note := eval[string](t, ctx, `[...document.querySelectorAll('#tim-kq .card')].find(c => c.querySelector('a').pathname === '/ho-so/siu-thuy/').querySelector('.former').textContent`)
	if note != " (trước đây thuộc Chư Păh)" {
		t.Errorf("the commune profile is marked %q", note)
	}
	// The dan-toc filter works in the browser too.
	do(t, ctx, chromedp.Navigate(base+"/ho-so/?dan-toc=ba-na"))
	waitJS(t, ctx, `document.getElementById('loc-dem').textContent.includes('1 hồ sơ')`)
	if got := eval[[]string](t, ctx, `[...document.querySelectorAll('#loc-kq .card-title a')].map(a => a.pathname)`); !slices.Equal(got, []string{"/ho-so/siu-thuy/"}) {
		t.Errorf("filter dan-toc=ba-na shows %q", got)
	}
}
