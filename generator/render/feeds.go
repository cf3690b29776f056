package render

import (
	"encoding/xml"
	"strings"
	"time"

	"github.com/guongsang/guongsang/generator/content"
)

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"xml:lang,attr"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomPerson  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title      string         `xml:"title"`
	ID         string         `xml:"id"`
	Updated    string         `xml:"updated"`
	Link       atomLink       `xml:"link"`
	Summary    string         `xml:"summary"`
	Categories []atomCategory `xml:"category"`
	Author     *atomPerson    `xml:"author,omitempty"`
}

type atomCategory struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr,omitempty"`
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// feed renders an Atom feed of ps for the list at url ("" for the site).
// Updated is the newest entry's date, never the build time, so the feed's
// bytes depend only on content.
func (r *Renderer) feed(url, title string, ps []*content.Profile) ([]byte, error) {
	self := r.abs(url + "/index.xml")
	if url != "" {
		self = r.abs(url + "index.xml")
	}
	alt := r.abs(url)
	if url == "" {
		alt = r.abs("/")
	}
	f := atomFeed{Lang: r.ix.Site.Language, Title: title, ID: alt,
		Links:  []atomLink{{Href: self, Rel: "self", Type: "application/atom+xml"}, {Href: alt, Rel: "alternate", Type: "text/html"}},
		Author: atomPerson{Name: r.ix.Site.Title}}
	var newest time.Time
	for _, p := range ps {
		d := p.Lastmod0() // the entry's last change, not its publication
		if d.After(newest) {
			newest = d
		}
		e := atomEntry{Title: p.Title, ID: r.abs(p.URL), Updated: stamp(d),
			Link: atomLink{Href: r.abs(p.URL), Rel: "alternate", Type: "text/html"}, Summary: p.Summary}
		// The entry's categories: its single values, in data order.
		e.Categories = make([]atomCategory, 0, len(r.feedDims))
		for _, d := range r.feedDims {
			if k := p.Value(d.Dimension); k != "" {
				e.Categories = append(e.Categories, atomCategory{Term: k, Label: r.termLink(d, k).Name})
			}
		}
		if p.Author != "" {
			e.Author = &atomPerson{Name: p.Author}
		}
		f.Entries = append(f.Entries, e)
	}
	if newest.IsZero() {
		newest = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	f.Updated = stamp(newest)
	return marshalXML(f)
}

func marshalXML(v any) ([]byte, error) {
	b, err := xml.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), append(b, '\n')...), nil
}

type urlset struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// sitemap lists every HTML page. A profile page's lastmod is the
// profile's (Profile.Lastmod: its last commit, lastmod: or date:); the
// home page's the newest of all; other pages have none. Build time is
// never used.
func (r *Renderer) sitemap(pages []string) ([]byte, error) {
	byURL := map[string]*content.Profile{}
	for _, p := range r.ix.Profiles {
		byURL[p.URL] = p
	}
	newest := time.Time{}
	for _, p := range r.ix.Profiles {
		if p.Lastmod.After(newest) {
			newest = p.Lastmod
		}
	}
	var s urlset
	for _, path := range pages {
		u := "/" + strings.TrimSuffix(path, "index.html")
		su := sitemapURL{Loc: r.abs(u)}
		if p, ok := byURL[u]; ok && !p.Lastmod.IsZero() {
			su.LastMod = p.Lastmod.Format("2006-01-02")
		} else if u == "/" && !newest.IsZero() {
			su.LastMod = newest.Format("2006-01-02")
		}
		s.URLs = append(s.URLs, su)
	}
	return marshalXML(s)
}
