package render

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/index"
)

// TestMetaKeyFields fails when content.Profile gains a field: decide
// whether pages other than the profile's own show it (then hash it in
// metaKey) or not (then list it under body here).
func TestMetaKeyFields(t *testing.T) {
	hashed := []string{"Path", "Bundle", "Slug", "URL", "Title", "Terms", "Year",
		"Summary", "SummarySet", "Date", "Lastmod", "Author", "Organization", "SortName", "Photo", "PhotoCaption", "PhotoCredit",
		"Awards", "Featured", "Draft", "Resources"}
	body := []string{"Body", "Images", "Words", "Hash", "TitleLine", "Photos"} // shown on the profile's page only (keyed by Hash there), or nowhere
	typ := reflect.TypeFor[content.Profile]()
	for i := range typ.NumField() {
		name := typ.Field(i).Name
		if !slices.Contains(hashed, name) && !slices.Contains(body, name) {
			t.Errorf("content.Profile.%s is new: add it to metaKey, or to body in this test", name)
		}
	}
}

// TestMetaKey: every metadata field changes the key; the body does not.
func TestMetaKey(t *testing.T) {
	base := func() *content.Profile {
		return &content.Profile{Path: "content/ho-so/a.md", Slug: "a", URL: "/ho-so/a/", Title: "A",
			Terms: [][]string{{"y-te"}, {"pleiku"}, {"2020"}, {"x"}, {"individual"}}, Year: 2020, Summary: "s",
			Date: time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC), Photo: &content.Resource{Src: "content/ho-so/a.jpg", URL: "/ho-so/a/a.jpg"},
			Awards: []content.Award{{Title: "B", Year: 2019}}, Words: 1, Hash: 1}
	}
	k := metaKey(base())
	same := base()
	same.Words, same.Hash = 2, 2
	if metaKey(same) != k {
		t.Error("the body changed the key")
	}
	edits := map[string]func(p *content.Profile){
		"Path":      func(p *content.Profile) { p.Path = "content/ho-so/b.md" },
		"Title":     func(p *content.Profile) { p.Title = "B" },
		"District":  func(p *content.Profile) { p.Terms[1] = []string{"chu-pah"} },
		"Criteria":  func(p *content.Profile) { p.Terms[3] = []string{"x", "y"} },
		"Moved":     func(p *content.Profile) { p.Terms[3], p.Terms[4] = p.Terms[4], p.Terms[3] },
		"Summary":   func(p *content.Profile) { p.Summary = "t" },
		"Date":      func(p *content.Profile) { p.Date = p.Date.AddDate(0, 0, 1) },
		"Photo":     func(p *content.Profile) { p.Photo = nil },
		"Award":     func(p *content.Profile) { p.Awards[0].Issuer = "UBND" },
		"Featured":  func(p *content.Profile) { p.Featured = true },
		"Draft":     func(p *content.Profile) { p.Draft = true },
		"Resources": func(p *content.Profile) { p.Resources = []content.Resource{{Src: "x", URL: "/x"}} },
	}
	for name, edit := range edits {
		p := base()
		edit(p)
		if metaKey(p) == k {
			t.Errorf("%s did not change the key", name)
		}
	}
}

// TestMemo: a Renderer made with the memo of the previous one takes its
// cards and keys from it, and renders what a fresh one does; after the
// configuration is loaded again (another *config.Site) it makes them anew.
func TestMemo(t *testing.T) {
	s := buildTestSite(t, goldenSiteFS())
	var m Memo
	first := NewWithMemo(s.r.th, s.ix, nil, &m)
	if len(m.cards) != len(s.ix.Profiles) {
		t.Fatalf("the memo keeps %d cards for %d profiles", len(m.cards), len(s.ix.Profiles))
	}
	second := NewWithMemo(s.r.th, s.ix, nil, &m)
	for _, p := range s.ix.Profiles {
		if first.cards[p] != second.cards[p] || first.meta[p] != second.meta[p] {
			t.Fatalf("%s: not taken from the memo", p.Path)
		}
	}
	for _, j := range second.Jobs() {
		b, err := second.Render(j)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != string(s.files[j.Path]) {
			t.Errorf("%s differs with the memo", j.Path)
		}
	}

	site := *s.ix.Site
	third := NewWithMemo(s.r.th, index.Build(&site, s.ix.Profiles), nil, &m)
	for _, p := range s.ix.Profiles {
		if third.cards[p] == first.cards[p] {
			t.Fatalf("%s: a card made for another configuration was reused", p.Path)
		}
	}
}
