package render

import (
	"encoding/xml"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/guongsang/guongsang/generator/content"
)

// parsedFeed is an Atom feed as a reader sees it, declared apart from the
// writer's types so a wrong tag or namespace shows up as a failure.
type parsedFeed struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string   `xml:"title"`
	ID      string   `xml:"id"`
	Updated string   `xml:"updated"`
	Links   []struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr"`
	} `xml:"link"`
	Entries []struct {
		Title   string `xml:"title"`
		ID      string `xml:"id"`
		Updated string `xml:"updated"`
		Link    struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
	} `xml:"entry"`
}

func parseFeed(t *testing.T, data []byte) parsedFeed {
	t.Helper()
	var f parsedFeed
	if err := xml.Unmarshal(data, &f); err != nil {
		t.Fatalf("feed does not parse: %v", err)
	}
	return f
}

// checkFeed compares a feed with the profiles it should list, in order.
func checkFeed(t *testing.T, s *builtSite, f parsedFeed, self string, want []*content.Profile) {
	t.Helper()
	base := s.ix.Site.BaseURL
	rels := map[string]string{}
	for _, l := range f.Links {
		rels[l.Rel] = l.Href
	}
	if rels["self"] != self {
		t.Errorf("self link %q, want %q", rels["self"], self)
	}
	if !strings.HasPrefix(rels["alternate"], base) {
		t.Errorf("alternate link %q is not absolute under %s", rels["alternate"], base)
	}
	if len(f.Entries) != len(want) {
		t.Fatalf("%d entries, want %d", len(f.Entries), len(want))
	}
	var newest time.Time
	for i, e := range f.Entries {
		p := want[i]
		if e.Title != p.Title {
			t.Errorf("entry %d is %q, want %q", i, e.Title, p.Title)
		}
		if e.Link.Href != base+strings.TrimPrefix(p.URL, "/") || e.ID != e.Link.Href {
			t.Errorf("entry %q: link %q, id %q; want both %q", e.Title, e.Link.Href, e.ID, base+strings.TrimPrefix(p.URL, "/"))
		}
		if !s.exists(strings.TrimPrefix(e.Link.Href, strings.TrimSuffix(base, "/"))) {
			t.Errorf("entry %q links to %s, which is not built", e.Title, e.Link.Href)
		}
		u, err := time.Parse(time.RFC3339, e.Updated)
		if err != nil {
			t.Errorf("entry %q: updated %q is not RFC 3339: %v", e.Title, e.Updated, err)
		}
		if !u.Equal(p.Lastmod0()) {
			t.Errorf("entry %q: updated %s, want the profile's last change %s", e.Title, u, p.Lastmod0())
		}
		if u.After(newest) {
			newest = u
		}
	}
	// The feed's updated is its newest entry's, never the build time.
	if u, err := time.Parse(time.RFC3339, f.Updated); err != nil || !u.Equal(newest) {
		t.Errorf("feed updated %q, want the newest entry's %s", f.Updated, newest.Format(time.RFC3339))
	}
}

func TestHomeFeed(t *testing.T) {
	t.Parallel()
	s := buildTestSite(t, goldenSiteFS())
	data := s.files["index.xml"]
	f := parseFeed(t, data)
	if f.Title != s.ix.Site.Title || f.ID != s.ix.Site.BaseURL {
		t.Errorf("feed title %q id %q", f.Title, f.ID)
	}
	checkFeed(t, s, f, s.ix.Site.BaseURL+"index.xml", first(s.ix.Newest, 20))
	if today := time.Now().UTC().Format("2006-01-02"); strings.Contains(string(data), today) {
		t.Errorf("feed contains today's date %s: build time leaked", today)
	}
}

// TestTermFeeds checks every term's feed: one per term with profiles,
// listing that term's profiles newest first by the home feed's rule.
func TestTermFeeds(t *testing.T) {
	t.Parallel()
	s := buildTestSite(t, goldenSiteFS())
	n := 0
	for _, d := range s.ix.Dims {
		for _, term := range d.Terms {
			path := strings.TrimPrefix(term.URL, "/") + "index.xml"
			data, ok := s.files[path]
			if len(term.Profiles) == 0 {
				if ok {
					t.Errorf("%s: feed for a term without profiles", path)
				}
				continue
			}
			if !ok {
				t.Errorf("%s: missing", path)
				continue
			}
			n++
			t.Run(path, func(t *testing.T) {
				f := parseFeed(t, data)
				if !strings.Contains(f.Title, term.Name) {
					t.Errorf("title %q does not name the term %q", f.Title, term.Name)
				}
				checkFeed(t, s, f, s.ix.Site.BaseURL+path, first(term.Newest, 20))
			})
		}
	}
	if n < 5 {
		t.Errorf("only %d term feeds checked", n)
	}
}

// TestTermFeedsNewestFirst: 21 individuals of 2020, then "Trần Văn Đức",
// of 2019 and so last in list order, added with the newest date of all
// (2020-12-30). He heads the home feed and every term feed he belongs to,
// and each of those feeds' updated moves to his date.
func TestTermFeedsNewestFirst(t *testing.T) {
	t.Parallel()
	files := map[string]string{}
	for i := range 21 {
		files[fmt.Sprintf("content/ho-so/p%02d.md", i)] = profileMD(fmt.Sprintf("title: \"Người %02d\"", i), "kind: individual",
			"category: giao-duc", "district: chu-pah", "year: 2020", "criteria: [sang-kien]",
			fmt.Sprintf("date: 2020-06-%02d", i+1))
	}
	files["content/ho-so/tran-van-duc.md"] = profileMD(`title: "Trần Văn Đức"`, "kind: individual",
		"category: y-te", "district: chu-pah", "year: 2019", "criteria: [sang-kien, tuong-than]", "date: 2020-12-30")
	s := buildTestSite(t, inlineSite(files))
	feeds := []string{"index.xml", "loai/ca-nhan/index.xml", "linh-vuc/y-te/index.xml", "dia-ban/chu-pah/index.xml",
		"nam/2019/index.xml", "tieu-chi/sang-kien/index.xml", "tieu-chi/tuong-than/index.xml"}
	for _, path := range feeds {
		f := parseFeed(t, s.files[path])
		if len(f.Entries) == 0 || f.Entries[0].Title != "Trần Văn Đức" {
			t.Errorf("%s: first entry is not the newest profile, Trần Văn Đức", path)
		}
		if f.Updated != "2020-12-30T00:00:00Z" {
			t.Errorf("%s: updated %s, want 2020-12-30T00:00:00Z", path, f.Updated)
		}
		if len(f.Entries) > 20 {
			t.Errorf("%s: %d entries, want at most 20", path, len(f.Entries))
		}
	}
	// Not in a feed he does not belong to.
	if strings.Contains(string(s.files["linh-vuc/giao-duc/index.xml"]), "Trần Văn Đức") {
		t.Error("linh-vuc/giao-duc/index.xml lists a profile of another category")
	}
}

// TestSitemap: every HTML page but 404.html is listed once, with an
// absolute location; lastmod, when present, is a date and is a profile's
// own date on its page.
func TestSitemap(t *testing.T) {
	t.Parallel()
	s := buildTestSite(t, goldenSiteFS())
	var sm struct {
		XMLName xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
		URLs    []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(s.files["sitemap.xml"], &sm); err != nil {
		t.Fatalf("sitemap does not parse: %v", err)
	}
	base := s.ix.Site.BaseURL
	want := map[string]bool{}
	for path := range s.files {
		if strings.HasSuffix(path, ".html") && path != "404.html" {
			want[base+strings.TrimSuffix(path, "index.html")] = true
		}
	}
	byURL := map[string]*content.Profile{}
	for _, p := range s.ix.Profiles {
		byURL[base+strings.TrimPrefix(p.URL, "/")] = p
	}
	seen := map[string]bool{}
	for _, u := range sm.URLs {
		if seen[u.Loc] {
			t.Errorf("%s listed twice", u.Loc)
		}
		seen[u.Loc] = true
		if !want[u.Loc] {
			t.Errorf("%s is listed but is not an HTML page of the site", u.Loc)
		}
		if u.LastMod != "" {
			d, err := time.Parse("2006-01-02", u.LastMod)
			if err != nil {
				t.Errorf("%s: lastmod %q is not YYYY-MM-DD", u.Loc, u.LastMod)
			}
			if p := byURL[u.Loc]; p != nil && !d.Equal(p.Lastmod) {
				t.Errorf("%s: lastmod %s, want the profile's last change %s", u.Loc, u.LastMod, p.Lastmod.Format("2006-01-02"))
			}
		}
	}
	for u := range want {
		if !seen[u] {
			t.Errorf("%s is missing from the sitemap", u)
		}
	}
	if !seen[base+"thong-ke/"] {
		t.Error("the statistics page is not in the sitemap")
	}
	if strings.Contains(string(s.files["sitemap.xml"]), "404") {
		t.Error("sitemap lists the 404 page")
	}
}

// TestCollectionFeed: a collection has an Atom feed like a term's, of its
// 20 newest profiles whatever their order in the collection, and its page
// links it.
func TestCollectionFeed(t *testing.T) {
	t.Parallel()
	files := map[string]string{}
	list := "---\ntitle: \"Đại hội thi đua yêu nước\"\ndate: 2020-09-01\nprofiles:\n"
	for i := range 22 {
		files[fmt.Sprintf("content/ho-so/p%02d.md", i)] = profileMD(fmt.Sprintf("title: \"Người %02d\"", i), "kind: individual",
			"category: giao-duc", "district: chu-pah", "year: 2020", "criteria: [sang-kien]",
			fmt.Sprintf("date: 2020-06-%02d", i+1))
		if i > 0 { // p00 is in no collection; the list is oldest first
			list += fmt.Sprintf("  - p%02d\n", i)
		}
	}
	files["content/bo-suu-tap/dai-hoi.md"] = list + "---\n"
	s := buildTestSite(t, inlineSite(files))
	const path = "bo-suu-tap/dai-hoi/index.xml"
	data, ok := s.files[path]
	if !ok {
		t.Fatalf("no feed %s", path)
	}
	f := parseFeed(t, data)
	if f.Title != "Bộ sưu tập: Đại hội thi đua yêu nước – Thử" || f.ID != "https://thu.example/bo-suu-tap/dai-hoi/" {
		t.Errorf("feed title %q id %q", f.Title, f.ID)
	}
	c := s.ix.Collections[0]
	var want []*content.Profile
	for _, p := range s.ix.Newest {
		if slices.Contains(c.Profiles, p) {
			want = append(want, p)
		}
	}
	if len(want) != 21 || want[0].Title != "Người 21" {
		t.Fatalf("newest members %d, first %q", len(want), want[0].Title)
	}
	checkFeed(t, s, f, s.ix.Site.BaseURL+path, want[:20])
	page := s.page(t, "/bo-suu-tap/dai-hoi/")
	if !strings.Contains(page, `<link rel="alternate" type="application/atom+xml" title="Đại hội thi đua yêu nước" href="/bo-suu-tap/dai-hoi/index.xml">`) {
		t.Error("the collection's page does not link its feed")
	}
}
