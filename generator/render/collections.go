package render

import (
	"html/template"
	"slices"
	"strconv"
	"strings"

	"github.com/skip2/go-qrcode"

	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/i18n"
)

// CollectionView is a collection as its pages show it: on the index of
// collections (Page.Collections), on its own page (Page.List.Collection)
// and in its honour book (Page.Book).
type CollectionView struct {
	Title       string
	URL         string
	BookURL     string // its honour book, "/bo-suu-tap/<slug>/ky-yeu/"
	Description string
	Date        string // "15/06/2020"
	DateISO     string
	Count       int
	Intro       template.HTML // the file's Markdown body
	// The honour book only:
	Publisher string // site.yaml's publisher, else the site's title
	Province  string
	Address   string
	TOC       [][]*BookEntry // the table of contents, one slice per printed page
	Entries   []*BookEntry
}

// BookEntry is one profile of an honour book, printed on a page of its
// own.
type BookEntry struct {
	// ID names its section ("muc-1" for the first profile); the contents
	// link it.
	ID string
	// Page is its first page in the book, the cover being 1, counting one
	// page per profile; js/ky-yeu.js corrects the printed numbers when a
	// profile takes more.
	Page         int
	Title        string
	URL          string // absolute: the book is read on paper
	Badges       []Link
	Facts        []Fact
	Organization string
	Summary      string
	Awards       []content.Award
	Photo        *Image
	QR           template.HTML // an inline SVG QR code of URL
}

// CollectionsPath is the URL of the index of collections.
const CollectionsPath = content.CollectionsPath

// tocPerPage is how many entries a printed page of an honour book's table
// of contents holds: 24 lines of 9 mm fit an A4 page's 257 mm of text
// height with its heading (themes/default/static/css/ky-yeu.css).
const tocPerPage = 24

// collectionJobs lists the index of collections, each collection's page,
// its Atom feed and its honour book; none when the site has no
// collections.
func (r *Renderer) collectionJobs(h *hasher) []Job {
	cols := r.ix.Collections
	if len(cols) == 0 {
		return nil
	}
	rank := make(map[*content.Profile]int, len(r.ix.Newest))
	for i, p := range r.ix.Newest {
		rank[p] = i
	}
	var jobs []Job
	h.reset("collections")
	for _, c := range cols {
		h.int(int(c.Hash))
		h.str(c.Path)
		h.int(len(c.Profiles))
	}
	jobs = append(jobs, Job{Path: strings.TrimPrefix(CollectionsPath, "/") + "index.html", Key: h.sum(),
		page: func(r *Renderer) (*Page, error) { return r.collections() }})
	for _, c := range cols {
		h.reset("collection")
		h.int(int(c.Hash))
		h.str(c.Path)
		h.profiles(c.Profiles)
		jobs = append(jobs, Job{Path: strings.TrimPrefix(c.URL, "/") + "index.html", Key: h.sum(),
			page: func(r *Renderer) (*Page, error) { return r.collection(c) }})
		// Its feed, as a term's: the 20 newest of its profiles.
		feed := first(newestOf(c.Profiles, rank), 20)
		h.reset("feed")
		h.str(c.URL)
		h.str(c.Title)
		h.profiles(feed)
		jobs = append(jobs, Job{Path: strings.TrimPrefix(c.URL, "/") + "index.xml", Key: h.sum(), run: func(r *Renderer) ([]byte, error) {
			return r.feed(c.URL, i18n.ColFeedTitle.In(i18n.Vi, c.Title, r.ix.Site.Title), feed)
		}})
		// The book shows each profile's summary and awards, which its
		// card key does not cover: its source hash does.
		h.reset("book")
		h.int(int(c.Hash))
		h.str(c.Path)
		h.profiles(c.Profiles)
		for _, p := range c.Profiles {
			h.int(int(p.Hash))
		}
		// A book is made to print, not to share: it gets no card.
		jobs = append(jobs, Job{Path: strings.TrimPrefix(c.URL, "/") + "ky-yeu/index.html", Key: h.sum(), noShare: true,
			page: func(r *Renderer) (*Page, error) { return r.book(c) }})
	}
	return jobs
}

// newestOf returns ps in the order of Index.Newest, given each profile's
// place there.
func newestOf(ps []*content.Profile, rank map[*content.Profile]int) []*content.Profile {
	out := slices.Clone(ps)
	slices.SortFunc(out, func(a, b *content.Profile) int { return rank[a] - rank[b] })
	return out
}

func (r *Renderer) collectionView(c *content.Collection) *CollectionView {
	v := &CollectionView{Title: c.Title, URL: c.URL, BookURL: c.URL + "ky-yeu/", Description: c.Description,
		Count: len(c.Profiles), Intro: template.HTML(c.HTML)}
	if !c.Date.IsZero() {
		v.Date = c.Date.Format("02/01/2006")
		v.DateISO = c.Date.Format("2006-01-02")
	}
	return v
}

func (r *Renderer) collections() (*Page, error) {
	var cvs []*CollectionView
	for _, c := range r.ix.Collections {
		cvs = append(cvs, r.collectionView(c))
	}
	return &Page{Kind: "collections", Title: r.th.text(i18n.WordCollections), URL: CollectionsPath, Collections: cvs,
		Description: r.th.text(i18n.CollectionsDesc),
		Crumbs:      []Link{{Name: r.th.text(i18n.WordHome), URL: "/"}, {Name: r.th.text(i18n.WordCollections), URL: CollectionsPath, Current: true}}}, nil
}

func (r *Renderer) collection(c *content.Collection) (*Page, error) {
	cv := r.collectionView(c)
	lv := &ListView{Heading: c.Title, Description: c.Description, Total: len(c.Profiles), Cards: r.cardsOf(c.Profiles),
		Pager: Pager{Page: 1, Pages: 1}, Collection: cv}
	desc := c.Description
	if desc == "" {
		desc = r.th.text(i18n.CollectionDesc, siteNumber(len(c.Profiles)), c.Title)
	}
	page := &Page{Kind: "list", Title: c.Title, Description: desc, URL: c.URL, List: lv, FeedURL: c.URL + "index.xml",
		Crumbs: []Link{{Name: r.th.text(i18n.WordHome), URL: "/"}, {Name: r.th.text(i18n.WordCollections), URL: CollectionsPath}, {Name: c.Title, URL: c.URL, Current: true}}}
	page.JSONLD = r.collectionLD(c, page.Crumbs)
	return page, nil
}

func (r *Renderer) book(c *content.Collection) (*Page, error) {
	bv := r.collectionView(c)
	s := r.ix.Site
	bv.Publisher, bv.Province, bv.Address = s.Publisher, s.Province, s.Address
	if bv.Publisher == "" {
		bv.Publisher = s.Title
	}
	tocPages := (len(c.Profiles) + tocPerPage - 1) / tocPerPage
	for i, p := range c.Profiles {
		card := r.cards[p]
		e := &BookEntry{ID: "muc-" + strconv.Itoa(i+1), Page: 2 + tocPages + i, Title: p.Title, URL: r.abs(p.URL), Badges: card.Badges,
			Facts: r.facts(p), Organization: p.Organization, Summary: p.Summary, Awards: p.Awards, Photo: card.Photo}
		svg, err := qrSVG(e.URL)
		if err != nil {
			return nil, err
		}
		e.QR = svg
		bv.Entries = append(bv.Entries, e)
	}
	for i := 0; i < len(bv.Entries); i += tocPerPage {
		bv.TOC = append(bv.TOC, bv.Entries[i:min(i+tocPerPage, len(bv.Entries))])
	}
	return &Page{Kind: "book", Title: r.th.text(i18n.BookTitle, c.Title), Description: c.Description, URL: bv.BookURL, Book: bv}, nil
}

// memberships links, for each profile in a collection, the collections
// it belongs to, newest first.
func (r *Renderer) memberships() map[*content.Profile][]Link {
	if len(r.ix.Collections) == 0 {
		return nil
	}
	out := map[*content.Profile][]Link{}
	for _, c := range r.ix.Collections {
		for _, p := range c.Profiles {
			out[p] = append(out[p], Link{Name: c.Title, URL: c.URL})
		}
	}
	return out
}

// qrSVG draws a QR code of text as an inline SVG, one path of unit
// squares in a viewBox of modules, so it prints sharp at any size.
func qrSVG(text string) (template.HTML, error) {
	q, err := qrcode.New(text, qrcode.Medium)
	if err != nil {
		return "", err
	}
	bits := q.Bitmap() // includes the quiet zone
	n := len(bits)
	var b strings.Builder
	b.WriteString(`<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 `)
	b.WriteString(strconv.Itoa(n) + " " + strconv.Itoa(n))
	b.WriteString(`" shape-rendering="crispEdges" role="img" aria-label="`)
	b.WriteString(template.HTMLEscapeString(siteText(i18n.WordQR)))
	b.WriteString(`"><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d="`)
	for y, row := range bits {
		for x := 0; x < len(row); x++ {
			if !row[x] {
				continue
			}
			run := 1
			for x+run < len(row) && row[x+run] {
				run++
			}
			b.WriteString("M" + strconv.Itoa(x) + " " + strconv.Itoa(y) + "h" + strconv.Itoa(run) + "v1h-" + strconv.Itoa(run) + "z")
			x += run - 1
		}
	}
	b.WriteString(`"/></svg>`)
	return template.HTML(b.String()), nil
}
