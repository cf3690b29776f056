// Package render is the render stage: it turns an index into output files —
// HTML pages through the theme's templates, Atom feeds, the sitemap,
// robots.txt — each with a fingerprint of everything it shows, so a
// rebuild can render only pages whose inputs changed.
//
// Templates receive a *Page, a small view model documented in
// docs/themes.md; they hold no logic beyond loops and conditionals.
// A Renderer is safe for concurrent use.
package render

import (
	"bytes"
	"encoding/binary"
	"hash/maphash"
	"html"
	"html/template"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/images"
	"github.com/guongsang/guongsang/generator/index"
	"github.com/guongsang/guongsang/generator/share"
)

// Page is what a page template receives.
type Page struct {
	Site        *SiteView
	Kind        string // home, profile, list, terms, 404
	Title       string // the page's own title, without the site name
	Description string
	URL         string      // path, e.g. "/ho-so/nguyen-van-an/"
	Canonical   string      // absolute URL
	Image       string      // absolute URL of the sharing image (Share.URL), or ""
	Share       *ShareImage // share.go: the picture shown when the page is shared
	ShareLinks  *ShareLinks // share.go: share and save actions; profiles only
	Crumbs      []Link      // breadcrumbs, home first, the page itself last
	FeedURL     string      // the Atom feed for this page, or ""
	Draft       bool

	Profile *ProfileView
	List    *ListView
	Terms   *TermsView
	Home    *HomeView
	Search  *SearchView // search.go
	Stats   *StatsView  // stats.go
	Data    *DataView   // data_xlsx.go: the /du-lieu/ page
	Browse  *BrowseView // search.go: the filter panel of a list of profiles
	// Collections are the collections on /bo-suu-tap/; Book is the
	// collection an honour book prints (collections.go).
	Collections []*CollectionView
	Book        *CollectionView
	// JSONLD is schema.org data for the page, already encoded; "" for none.
	JSONLD template.JS
}

// SiteView is the site as templates see it.
type SiteView struct {
	Title       string
	Description string
	BaseURL     string
	Language    string
	Nav         []Link // the dimension index pages
	Total       int    // published profiles

	partials sync.Map // partialCached's results for this build
}

// Link is a labelled URL; Count, Current and Dim are optional.
type Link struct {
	Name    string
	URL     string
	Count   int
	Current bool
	Dim     string // the key of the dimension of a term's link, for classes ("tag-kind")
}

// Card is the short form of a profile used in lists.
type Card struct {
	Title   string
	URL     string
	Summary string
	// Badges are the values of badge dimensions (the kind), shown as a
	// tag; Meta the values of the other dimensions shown on cards, in
	// their card order. A multi-valued dimension is one Link whose Name
	// joins the values' names; a dimension without a value is left out.
	Badges   []Link
	Meta     []Link
	Photo    *Image
	Featured bool
	Draft    bool

	html atomic.Pointer[cardHTML] // rendered by Theme.card
}

// Image is a published image. Width and Height are its size as shown, in
// pixels, for the <img> width and height attributes that reserve its space
// before it loads; both are 0 when unknown. Srcset lists its resized copies
// for the srcset attribute, "" when there are none; Sizes is then the width
// the default theme shows the image at, for the sizes attribute. A theme
// that lays images out otherwise writes its own sizes.
type Image struct {
	URL           string
	Alt           string
	Caption       string
	Credit        string // the credit line as shown: "Ảnh: Hồng Thi" (see creditLine)
	Srcset        string
	Sizes         string
	Width, Height int
}

// The default theme's image widths (themes/default/static/css/site.css):
// a card's thumbnail is 96 CSS pixels wide on a phone; from 40rem the
// photo spans its card, half the page, then from 60rem a third of it (at
// most 72rem wide). The profile photo spans the page on a phone and the
// side column, about 26rem, from 60rem.
const (
	cardSizes    = "(min-width: 72rem) 23rem, (min-width: 60rem) 33vw, (min-width: 40rem) 50vw, 96px"
	profileSizes = "(min-width: 60rem) 26rem, calc(100vw - 2rem)"
)

// ProfileView is a whole profile. It has the fields of the profile's
// Card, copied rather than embedded: text/template looks a field up by
// name on every use, and through an embedded struct that lookup allocates
// (reflect's breadth-first search), which was a tenth of executing a
// profile page.
type ProfileView struct {
	Title    string
	URL      string
	Summary  string
	Badges   []Link // as the card's
	Meta     []Link // as the card's
	Featured bool
	Draft    bool
	Card     *Card // the profile's card, as lists show it
	// Photo is the card's photo as the profile page shows it: the same
	// image, with the page's Sizes.
	Photo *Image
	// Photos are the profile's other photos, shown after the body.
	Photos       []Image
	Organization string
	// Facts are the profile's values for every dimension that is not a
	// badge, in declaration order; dimensions without a value are left
	// out.
	Facts  []Fact
	Awards []content.Award
	Lead   string // the front matter's summary; "" when the summary is the first paragraph
	// Collections are the collections the profile belongs to, newest
	// first.
	Collections []Link
	Body        template.HTML
	Author      string
	Date        string // "15/06/2020", or ""
	DateISO     string
	ReadMinutes int
	// Related are related profiles; RelatedGroups the same profiles
	// grouped by the terms they share with this one (design.go: related).
	Related       []*Card
	RelatedGroups []RelatedGroup
}

// Fact is a profile's values for one dimension.
type Fact struct {
	Name     string // the dimension's singular label, "Địa bàn"
	Dim      string // the dimension's key
	Multiple bool   // a list of values (shown as tags)
	Links    []Link // the values; at least one
}

// ListView is one page of a paginated list of profiles.
type ListView struct {
	Heading     string
	Description string
	Total       int
	Cards       []*Card
	Pager       Pager
	// History is set on the pages of a place with history (a former
	// district, a new commune): when it existed and the places that
	// cover it now, or that it was formed from.
	History *History
	// Collection is set on a collection's page: its introduction and
	// honour book.
	Collection *CollectionView
	// Intro is set on the first page of a term: its profiles counted by
	// kind and year (design.go).
	Intro *TermIntro
}

// History describes a place with history on its term page. The theme
// words it (layouts/list.html).
type History struct {
	Name     string // the term's name
	Since    string // "01/07/2025", or ""
	Until    string // "30/06/2025", or ""
	Now      []Link // the terms covering it now; URL "" for those without profiles
	Formerly []Link // the terms it was formed from; likewise
}

// Pager links the pages of a list. Page numbers start at 1.
type Pager struct {
	Page, Pages int
	Prev, Next  string // URLs, "" at either end
	Links       []Link // every page, Current set on this one
}

// TermsView is a dimension's index page.
type TermsView struct {
	Heading string
	Terms   []Link // every term in declaration order; URL is "" for terms with no profiles
	Max     int    // the largest count, for bar widths
	// ByCount and ByName are the terms with their descriptions, most
	// profiles first and in Vietnamese alphabetical order (years newest
	// first) (design.go: termEntries).
	ByCount, ByName []TermEntry
}

// HomeView is the home page.
type HomeView struct {
	// Story is the featured story, shown large with its picture; Featured
	// and Newest never repeat it or each other (design.go: homePicks).
	Story    *Card
	Featured []*Card
	Newest   []*Card
	// Counts are the terms of the badge dimension (kinds) with their
	// profile counts, names in lower case: "12 cá nhân · 5 tập thể".
	Counts []Link
	Dims   []DimSummary // the dimensions in the navigation
	// Collections link the site's collections, newest first, with their
	// profile counts.
	Collections []Link
}

// DimSummary is a dimension with its terms and counts, for entry points:
// the home page shows the terms with the most profiles (design.go:
// homeDim) and links the rest.
type DimSummary struct {
	Name  string
	URL   string
	Terms []Link
	Count int // how many terms have profiles
}

// Job is one output file to produce. Key fingerprints every input the file
// shows — the profiles and terms it lists, site.yaml (config.Site.Hash),
// the theme (Theme.Key) — so two jobs with
// the same Path and Key produce the same bytes, whichever Renderers of
// whichever sites of this process made them. Keys are not stable across
// processes.
type Job struct {
	Path string // output path, slash-separated, e.g. "ho-so/a/index.html"
	Key  uint64
	run  func(*Renderer) ([]byte, error)
	// page, set instead of run for HTML pages, returns the page the theme
	// renders; its bytes go into a buffer Render can lend (RenderShared).
	page func(*Renderer) (*Page, error)
	long bool // takes long: listed first (longFirst)
	// noShare: the page has no share picture (a book made to print).
	noShare bool
	// file, set instead of run for a file that a cache keeps (a share
	// picture), returns the path of the cached file, or its bytes when
	// the cache does not hold it (RenderFile).
	file func(*Renderer) (path string, b []byte, err error)
}

// Renderer renders an index with a theme.
type Renderer struct {
	th    *Theme
	ix    *index.Index
	site  *SiteView
	cards map[*content.Profile]*Card
	imgs  *images.Set // measured photos; nil when none were measured
	// cardDims are the dimensions cards show, in card order; dataDims
	// those of the open data, in data order, with their columns; feedDims
	// the single-valued term dimensions among them (feed categories).
	// Taken once: they are looped over for every profile.
	cardDims []*config.Dimension
	dataDims []dataDim
	feedDims []*index.Dimension
	meta     map[*content.Profile]uint64 // metaKey of every profile
	// bkeys holds the key of each list's filter panel, by term URL, as
	// Jobs computed them; since, when set, what a change leaves alone
	// (since.go).
	bkeys map[string]uint64
	since *since
	bufs  sync.Pool
	// ShareCache keeps share pictures between builds (share.go); nil draws
	// every picture.
	ShareCache *share.Cache
	// DataCache is a folder where the finished ho-so.xlsx is kept between
	// builds, named by a hash of every cell (data_xlsx.go); "" keeps none.
	DataCache string
}

// New prepares rendering ix with th. It precomputes every profile's card
// once; New itself is not concurrent, the returned Renderer is. Photos
// are shown without size or srcset; NewWithImages adds them.
func New(th *Theme, ix *index.Index) *Renderer { return NewWithImages(th, ix, nil) }

// NewWithImages is New with the measured photos of the site, so that
// <img> tags get their width, height and srcset. imgs may be nil.
func NewWithImages(th *Theme, ix *index.Index, imgs *images.Set) *Renderer {
	return NewWithMemo(th, ix, imgs, nil)
}

// NewWithMemo is NewWithImages for a caller that renders the same site
// again and again after small changes, as the preview server does: what
// the previous Renderer derived from each profile, kept in m, is reused
// rather than derived again. m may be nil.
func NewWithMemo(th *Theme, ix *index.Index, imgs *images.Set, m *Memo) *Renderer {
	s := ix.Site
	r := &Renderer{th: th, ix: ix, cards: make(map[*content.Profile]*Card, len(ix.Profiles)), imgs: imgs}
	r.site = &SiteView{Title: s.Title, Description: s.Description, BaseURL: s.BaseURL, Language: s.Language, Total: len(ix.Profiles)}
	for _, d := range ix.Dims {
		if d.Nav {
			r.site.Nav = append(r.site.Nav, Link{Name: d.Name, URL: d.Path})
		}
	}
	if len(ix.Collections) > 0 {
		r.site.Nav = append(r.site.Nav, Link{Name: th.text(i18n.WordCollections), URL: CollectionsPath})
	}
	r.cardDims = s.On(func(d *config.Dimension) int { return d.Card })
	for _, cd := range s.On(func(d *config.Dimension) int { return d.Data }) {
		d := ix.Dims[cd.Index]
		r.dataDims = append(r.dataDims, dataDim{d, dimColumns(d)})
		if !d.Year && !d.Multiple {
			r.feedDims = append(r.feedDims, d)
		}
	}
	r.meta = make(map[*content.Profile]uint64, len(ix.Profiles))
	m.use(ix.Site, imgs)
	for _, p := range ix.Profiles {
		c, k, ok := m.get(p)
		if !ok {
			c, k = r.card(p), metaKey(p)
		}
		r.cards[p], r.meta[p] = c, k
	}
	m.keep(r)
	r.bufs.New = func() any { return new(bytes.Buffer) }
	return r
}

// termLink links the term key of d, or names the key when d has no such
// term.
func (r *Renderer) termLink(d *index.Dimension, key string) Link {
	if t := d.Term(key); t != nil {
		return Link{Name: t.Name, URL: t.URL, Dim: d.Key}
	}
	return Link{Name: key, Dim: d.Key}
}

func (r *Renderer) card(p *content.Profile) *Card {
	c := &Card{Title: p.Title, URL: p.URL, Summary: p.Summary, Featured: p.Featured, Draft: p.Draft}
	// Badges and Meta share one array: a card is made for every profile.
	links := make([]Link, len(r.cardDims))
	nb := 0
	for _, cd := range r.cardDims {
		if cd.Badge {
			nb++
		}
	}
	badges, meta := links[:0:nb], links[nb:nb]
	for _, cd := range r.cardDims {
		d := r.ix.Dims[cd.Index]
		vs := p.Values(cd)
		var l Link
		switch {
		case len(vs) == 0:
			continue
		case len(vs) == 1:
			l = r.termLink(d, vs[0])
		default:
			names := make([]string, len(vs))
			for i, k := range vs {
				names[i] = r.termLink(d, k).Name
			}
			l = Link{Name: strings.Join(names, ", "), URL: d.Path, Dim: d.Key}
		}
		if cd.Badge {
			badges = append(badges, l)
		} else {
			meta = append(meta, l)
		}
	}
	if len(badges) > 0 {
		c.Badges = badges
	}
	if len(meta) > 0 {
		c.Meta = meta
	}
	if p.Photo != nil {
		alt := p.PhotoCaption
		if alt == "" {
			alt = r.th.text(i18n.WordPhotoOf, p.Title)
		}
		c.Photo = &Image{URL: p.Photo.URL, Alt: alt, Caption: p.PhotoCaption, Credit: creditLine(p.PhotoCredit)}
		if im := r.imgs.Lookup(p.Photo.URL); im != nil {
			c.Photo.Width, c.Photo.Height = im.Width, im.Height
			c.Photo.Srcset = srcset(im)
		}
		if c.Photo.Srcset != "" {
			c.Photo.Sizes = cardSizes
		}
	}
	return c
}

// bodySizes is the width the default theme shows body images at: the
// prose column, 42rem, less the page's padding on a phone.
const bodySizes = "(min-width: 44rem) 42rem, calc(100vw - 2rem)"

// sizeBodyImages returns p's body with width, height and srcset added to
// the <img> tags of the images the site has measured, as the profile's
// photo has them (the Markdown stage wrote loading="lazy"). The body was
// converted here, once images are measured; this touches only bodies
// with such images. The error is the body's (content.Body.HTML).
func (r *Renderer) sizeBodyImages(p *content.Profile) (string, error) {
	body, err := p.Body.HTML()
	if err != nil {
		return "", err
	}
	for _, bi := range p.Images {
		im := r.imgs.Lookup(bi.URL)
		if im == nil || im.Width == 0 {
			continue
		}
		tag := `<img src="` + bi.Attr + `"`
		attrs := tag
		if set := srcset(im); set != "" {
			attrs += ` srcset="` + html.EscapeString(set) + `" sizes="` + bodySizes + `"`
		}
		attrs += ` width="` + strconv.Itoa(im.Width) + `" height="` + strconv.Itoa(im.Height) + `"`
		body = strings.ReplaceAll(body, tag, attrs)
	}
	return body, nil
}

// creditLine returns the photo credit as shown: as the writer typed it
// when it starts with the word "Ảnh" (in any case, followed by a colon, a
// space or nothing: "Ảnh: Hồng Thi", "ảnh Hồng Thi"), else with "Ảnh: "
// before it, so "Ảnh: Hồng Thi", typed the newspaper way, is not shown as
// "Ảnh: Ảnh: Hồng Thi". "" stays "".
func creditLine(credit string) string {
	if credit == "" {
		return ""
	}
	if len(credit) >= len("ảnh") && strings.EqualFold(credit[:len("ảnh")], "ảnh") {
		r, _ := utf8.DecodeRuneInString(credit[len("ảnh"):])
		if r == utf8.RuneError || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return credit
		}
	}
	return siteText(i18n.WordCredit, credit)
}

// srcset formats the srcset attribute of im: "/a/anh-320w.jpg 320w, …".
// URLs are escaped here because a space or a comma in a file name would
// split a candidate.
func srcset(im *images.Image) string {
	var b strings.Builder
	for i, v := range im.Srcset() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strings.ReplaceAll((&url.URL{Path: v.URL}).EscapedPath(), ",", "%2C"))
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(v.Width))
		b.WriteByte('w')
	}
	return b.String()
}

// abs returns the absolute URL of the site path u, percent-encoded:
// these URLs leave the page (og:image, JSON-LD, feeds, the sitemap, open
// data), where a space or a Vietnamese letter in a file name is not
// escaped by the browser, and JSON-LD processors drop an image whose URL
// has a space.
func (r *Renderer) abs(u string) string {
	return strings.TrimSuffix(r.ix.Site.BaseURL, "/") + (&url.URL{Path: u}).EscapedPath()
}

// Jobs lists every file the site consists of, in a fixed order: the few
// that take long first (see longFirst), then the home page, profiles, lists
// and the rest.
func (r *Renderer) Jobs() []Job {
	ix := r.ix
	var jobs []Job
	h := newHasher()
	h.imgs, h.meta = r.imgs, r.meta
	h.site = r.siteKey()

	// Home shows featured and newest profiles and every term's count.
	story, featured, newest := homePicks(ix, 6, 8)
	h.reset("home")
	if story != nil {
		h.profiles([]*content.Profile{story})
	}
	h.profiles(featured)
	h.profiles(newest)
	h.counts(ix)
	for _, c := range ix.Collections {
		h.str(c.Title)
		h.str(c.URL)
		h.int(len(c.Profiles))
	}
	jobs = append(jobs, Job{Path: "index.html", Key: h.sum(), page: func(r *Renderer) (*Page, error) { return r.home(story, featured, newest) }})

	// Profiles.
	in := r.memberships()
	r.bkeys = map[string]uint64{}
	for _, p := range ix.Profiles {
		if r.since != nil && !r.since.related(ix, p) {
			path := strings.TrimPrefix(p.URL, "/") + "index.html"
			if k, ok := r.since.prevKey(path); ok {
				cols := in[p]
				jobs = append(jobs, Job{Path: path, Key: k,
					page: func(r *Renderer) (*Page, error) { return r.profile(p, r.related(p, 4), cols) }})
				continue
			}
		}
		jobs = append(jobs, r.profileJob(h, p, r.related(p, 4), in[p]))
	}

	// All profiles, then every term's list; then the dimension indexes.
	all := &index.Term{Name: r.th.text(i18n.WordAllProfiles), URL: content.ProfilesPath, Profiles: ix.Profiles}
	jobs = append(jobs, r.listJobs(nil, all, h)...)
	for _, d := range ix.Dims {
		for _, t := range d.Terms {
			jobs = append(jobs, r.listJobs(d, t, h)...)
		}
		h.reset("terms:" + d.Key)
		for _, t := range d.Terms {
			h.str(t.Key)
			h.int(len(t.Profiles))
			h.str(t.Description)
		}
		jobs = append(jobs, Job{Path: strings.TrimPrefix(d.Path, "/") + "index.html", Key: h.sum(),
			page: func(r *Renderer) (*Page, error) { return r.terms(d) }})
	}
	jobs = append(jobs, r.collectionJobs(h)...)
	jobs = append(jobs, r.searchJobs(h)...)
	jobs = append(jobs, r.statsJobs(h)...)
	jobs = append(jobs, r.dataJobs(h)...)
	h.reset("404")
	jobs = append(jobs, Job{Path: "404.html", Key: h.sum(), page: func(r *Renderer) (*Page, error) { return r.notFound() }})
	jobs = append(jobs, r.shareJobs(jobs, h)...)

	// Feeds, sitemap, robots.
	feed := first(ix.Newest, 20)
	h.reset("feed")
	h.profiles(feed)
	jobs = append(jobs, Job{Path: "index.xml", Key: h.sum(), run: func(r *Renderer) ([]byte, error) {
		return r.feed("", r.ix.Site.Title, feed)
	}})
	h.reset("sitemap")
	for _, j := range jobs {
		h.str(j.Path)
	}
	// The sitemap shows each profile's URL and date, not its text, so a
	// body edit leaves it alone.
	h.profiles(ix.Profiles)
	pages := make([]string, 0, len(jobs))
	for _, j := range jobs {
		if strings.HasSuffix(j.Path, ".html") && j.Path != "404.html" {
			pages = append(pages, j.Path)
		}
	}
	jobs = append(jobs, Job{Path: "sitemap.xml", Key: h.sum(), long: true, run: func(r *Renderer) ([]byte, error) { return r.sitemap(pages) }})
	h.reset("robots")
	jobs = append(jobs, Job{Path: "robots.txt", Key: h.sum(), run: func(r *Renderer) ([]byte, error) { return r.robots(), nil }})
	if r.th.assetKey != 0 { // pages name the fingerprinted stylesheets and scripts
		for i := range jobs {
			if strings.HasSuffix(jobs[i].Path, ".html") {
				jobs[i].Key ^= r.th.assetKey
			}
		}
	}
	return longFirst(jobs)
}

// longFirst moves the jobs marked long to the front, keeping the order
// otherwise. Whoever produces the jobs in parallel and in order then
// starts the few site-wide files (the search index, the open data, the
// sitemap: a second each at 100,000 profiles) while many small pages are
// left to share out at the end, instead of one core finishing them alone.
func longFirst(jobs []Job) []Job {
	out := make([]Job, 0, len(jobs))
	for _, j := range jobs {
		if j.long {
			out = append(out, j)
		}
	}
	for _, j := range jobs {
		if !j.long {
			out = append(out, j)
		}
	}
	return out
}

func first[T any](s []T, n int) []T {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// listJobs paginates t: page 1 at t.URL, page n at t.URL+"trang/n/", and
// one Atom feed per term. Terms without profiles get no list page.
func (r *Renderer) listJobs(d *index.Dimension, t *index.Term, h *hasher) []Job {
	if len(t.Profiles) == 0 {
		return nil
	}
	per := r.ix.Site.PerPage
	pages := (len(t.Profiles) + per - 1) / per
	// The filter panel (search.go) is the same on every page of the list.
	// A list that a change does not reach keeps the keys of its pages,
	// and its panel's key; its panel is then made only if a page is.
	same := r.since != nil && !r.since.list(d, t)
	var bv *BrowseView
	bkey, ok := uint64(0), false
	if same {
		bkey, ok = r.since.bkeys[t.URL]
	}
	if !ok {
		bv = r.browse(d, t)
		h.reset("browse")
		bv.hash(h)
		bkey = h.sum()
	}
	r.bkeys[t.URL] = bkey
	panel := sync.OnceValue(func() *BrowseView {
		if bv != nil {
			return bv
		}
		return r.browse(d, t)
	})
	var jobs []Job
	for n := 1; n <= pages; n++ {
		items := t.Profiles[(n-1)*per : min(n*per, len(t.Profiles))]
		path := strings.TrimPrefix(pageURL(t.URL, n), "/") + "index.html"
		// The first page of a term counts every term (its introduction).
		if same && (n > 1 || d == nil || !r.since.counts) {
			if k, ok := r.since.prevKey(path); ok {
				jobs = append(jobs, Job{Path: path, Key: k,
					page: func(r *Renderer) (*Page, error) { return r.list(d, t, n, pages, items, panel()) }})
				continue
			}
		}
		h.reset("list")
		h.str(t.URL)
		h.int(n)
		h.int(pages)
		h.int(len(t.Profiles))
		h.profiles(items)
		h.int(int(bkey))
		if d != nil && n == 1 { // the introduction counts every profile of t by kind and year
			bd := r.badgeDim()
			for _, p := range t.Profiles {
				h.int(p.Year)
				if bd != nil {
					h.str(strings.Join(p.Values(bd.Dimension), ","))
				}
			}
			h.counts(r.ix) // the year columns link the years that have pages
		}
		jobs = append(jobs, Job{Path: path, Key: h.sum(),
			page: func(r *Renderer) (*Page, error) { return r.list(d, t, n, pages, items, panel()) }})
	}
	if d != nil {
		feed := first(t.Newest, 20)
		path := strings.TrimPrefix(t.URL, "/") + "index.xml"
		key, ok := uint64(0), false
		if same {
			key, ok = r.since.prevKey(path)
		}
		if !ok {
			h.reset("feed")
			h.str(t.URL)
			h.profiles(feed)
			key = h.sum()
		}
		jobs = append(jobs, Job{Path: path, Key: key, run: func(r *Renderer) ([]byte, error) {
			return r.feed(t.URL, d.Name+": "+t.Name+" – "+r.ix.Site.Title, feed)
		}})
	}
	return jobs
}

// pagerLinks links the first and last pages and those within two of page
// n; a Link with no URL stands for each gap ("…"). Linking every page made
// each list page's size, and a build's time, grow with the square of the
// list's length (5,000 links on each of 5,000 pages at 100,000 profiles).
func pagerLinks(base string, n, pages int) []Link {
	var out []Link
	for i := 1; i <= pages; i++ {
		near := i >= n-2 && i <= n+2
		lone := i == 2 && n-3 == 2 || i == pages-1 && n+3 == pages-1 // a gap of one page: show it
		if i == 1 || i == pages || near || lone {
			out = append(out, Link{Name: strconv.Itoa(i), URL: pageURL(base, i), Current: i == n})
			continue
		}
		out = append(out, Link{Name: "…"})
		if i < n {
			i = n - 3
		} else {
			i = pages - 1
		}
	}
	return out
}

func pageURL(base string, n int) string {
	if n <= 1 {
		return base
	}
	return base + "trang/" + strconv.Itoa(n) + "/"
}

// Render produces the bytes of one job. They are the caller's.
func (r *Renderer) Render(j Job) ([]byte, error) {
	b, done, err := r.RenderShared(j)
	if err != nil {
		return nil, err
	}
	if done != nil {
		b = bytes.Clone(b)
		done()
	}
	return b, nil
}

// RenderShared is Render for a caller that is done with the bytes soon:
// when done is not nil they are lent from the renderer's buffers, and the
// caller calls done once it no longer uses them. A build writes every
// page to disk right away; recycling the buffers instead of copying each
// page cut what a 10,000-profile build allocates by 13% (1.74 to 1.50 GB,
// BenchmarkBuild), and its garbage collection with it.
func (r *Renderer) RenderShared(j Job) (b []byte, done func(), err error) {
	if j.file != nil {
		// A cached file removed since the cache looked (someone cleaned
		// it) is made again by asking once more.
		for range 2 {
			var p string
			if p, b, err = r.RenderFile(j); err != nil || p == "" {
				break
			}
			if b, err = os.ReadFile(p); err == nil {
				break
			}
		}
		return b, nil, err
	}
	if j.page == nil {
		b, err = j.run(r)
	} else {
		var p *Page
		if p, err = j.page(r); err == nil {
			buf := r.bufs.Get().(*bytes.Buffer)
			if b, err = r.exec(buf, p); err != nil || len(b) == 0 || &b[0] != &buf.Bytes()[0] {
				r.bufs.Put(buf) // not lent: the live reload copy or an error
			} else {
				done = func() { r.bufs.Put(buf) }
			}
		}
	}
	if err != nil {
		return nil, nil, i18n.Wrap(i18n.RenderFailed.T(j.Path, err), err)
	}
	return b, done, nil
}

// File reports whether j's bytes may come from a file a cache keeps
// (RenderFile).
func (j Job) File() bool { return j.file != nil }

// RenderFile is RenderShared for a writer that can copy a file itself
// (output.FileCopier): a job whose file a cache keeps (a share picture)
// returns the cached file's path and no bytes, so the build copies it in
// the kernel instead of reading and writing it again. Any other job, or
// one whose file was not cached, returns its bytes, as Render would.
func (r *Renderer) RenderFile(j Job) (path string, b []byte, err error) {
	if j.file == nil {
		b, err = r.Render(j)
		return "", b, err
	}
	if path, b, err = j.file(r); err != nil {
		return "", nil, i18n.Wrap(i18n.RenderFailed.T(j.Path, err), err)
	}
	return path, b, nil
}

// exec renders p with the theme's template for p.Kind into buf, and
// returns buf's bytes (or a copy with the live reload script).
func (r *Renderer) exec(buf *bytes.Buffer, p *Page) ([]byte, error) {
	p.Site = r.site
	if p.Canonical == "" {
		p.Canonical = r.abs(p.URL)
	}
	if p.Description == "" {
		p.Description = r.ix.Site.Description
	}
	if p.Share == nil {
		p.Share = r.shareImage(p, nil)
	}
	p.Image = p.Share.URL
	buf.Reset()
	if err := r.th.pages[p.Kind].ExecuteTemplate(buf, "base", p); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (r *Renderer) cardsOf(ps []*content.Profile) []*Card {
	out := make([]*Card, len(ps))
	for i, p := range ps {
		out[i] = r.cards[p]
	}
	return out
}

func (r *Renderer) home(story *content.Profile, featured, newest []*content.Profile) (*Page, error) {
	hv := &HomeView{Featured: r.cardsOf(featured), Newest: r.cardsOf(newest)}
	if story != nil {
		hv.Story = r.cards[story]
	}
	for _, d := range r.ix.Dims {
		if d.Badge && hv.Counts == nil {
			for _, t := range d.Terms {
				hv.Counts = append(hv.Counts, Link{Name: strings.ToLower(t.Name), URL: t.URL, Count: len(t.Profiles), Dim: d.Key})
			}
		}
		if d.Nav {
			hv.Dims = append(hv.Dims, homeDim(d))
		}
	}
	for _, c := range r.ix.Collections {
		hv.Collections = append(hv.Collections, Link{Name: c.Title, URL: c.URL, Count: len(c.Profiles)})
	}
	return &Page{Kind: "home", Title: r.ix.Site.Title, URL: "/", Home: hv, FeedURL: "/index.xml",
		Crumbs: []Link{{Name: r.th.text(i18n.WordHome), URL: "/", Current: true}}}, nil
}

func (r *Renderer) termLinks(d *index.Dimension) []Link {
	out := make([]Link, 0, len(d.Terms))
	for _, t := range d.Terms {
		l := Link{Name: t.Name, Count: len(t.Profiles)}
		if l.Count > 0 {
			l.URL = t.URL
		}
		out = append(out, l)
	}
	return out
}

func (r *Renderer) profile(p *content.Profile, related []relatedPick, cols []Link) (*Page, error) {
	body, err := r.sizeBodyImages(p)
	if err != nil {
		return nil, err
	}
	c := r.cards[p]
	pv := &ProfileView{Title: c.Title, URL: c.URL, Summary: c.Summary, Badges: c.Badges, Meta: c.Meta,
		Featured: c.Featured, Draft: c.Draft, Card: c,
		Organization: p.Organization, Awards: p.Awards,
		Body: template.HTML(body), Author: p.Author,
		ReadMinutes: max(1, (p.Words+199)/200), Collections: cols}
	if c := c.Photo; c != nil {
		ph := *c
		if ph.Srcset != "" {
			ph.Sizes = profileSizes
		}
		pv.Photo = &ph
	}
	pv.RelatedGroups, pv.Related = r.relatedGroups(related)
	if p.SummarySet {
		pv.Lead = p.Summary
	}
	for _, ph := range p.Photos {
		alt := ph.Caption
		if alt == "" {
			alt = r.th.text(i18n.WordPhotoOf, p.Title)
		}
		im := Image{URL: ph.URL, Alt: alt, Caption: ph.Caption, Credit: creditLine(ph.Credit)}
		if m := r.imgs.Lookup(ph.URL); m != nil {
			im.Width, im.Height, im.Srcset = m.Width, m.Height, srcset(m)
			if im.Srcset != "" {
				im.Sizes = bodySizes
			}
		}
		pv.Photos = append(pv.Photos, im)
	}
	pv.Facts = r.facts(p)
	if !p.Date.IsZero() {
		pv.Date = p.Date.Format("02/01/2006")
		pv.DateISO = p.Date.Format("2006-01-02")
	}
	page := &Page{Title: p.Title, Description: p.Summary, URL: p.URL, Profile: pv, Draft: p.Draft,
		Crumbs: []Link{{Name: r.th.text(i18n.WordHome), URL: "/"}, {Name: r.th.text(i18n.WordProfiles), URL: content.ProfilesPath}, {Name: p.Title, URL: p.URL, Current: true}}}
	page.Share = r.shareImage(page, p)
	page.ShareLinks = r.shareLinks(p.Title, p.URL)
	if page.JSONLD, err = r.profileLD(p, page.Crumbs, cols); err != nil {
		return nil, err
	}
	page.Kind = "profile"
	return page, nil
}

// list renders page n of t's list; bv is its filter panel, shared by its
// pages and not modified.
func (r *Renderer) list(d *index.Dimension, t *index.Term, n, pages int, items []*content.Profile, bv *BrowseView) (*Page, error) {
	lv := &ListView{Heading: t.Name, Description: t.Description, Total: len(t.Profiles), Cards: r.cardsOf(items),
		Pager: Pager{Page: n, Pages: pages}}
	if n > 1 {
		lv.Pager.Prev = pageURL(t.URL, n-1)
	}
	if n < pages {
		lv.Pager.Next = pageURL(t.URL, n+1)
	}
	lv.Pager.Links = pagerLinks(t.URL, n, pages)
	title := t.Name
	crumbs := []Link{{Name: r.th.text(i18n.WordHome), URL: "/"}}
	feed := ""
	if d != nil {
		title = termHeading(d, t)
		crumbs = append(crumbs, Link{Name: d.Name, URL: d.Path})
		feed = t.URL + "index.xml"
		lv.History = history(t)
		if d.Place && placeName(t) != t.Name && strings.EqualFold(placeName(t), t.Description) {
			lv.Description = "" // "Huyện Đak Đoa": the heading says it already
		}
		if n == 1 {
			lv.Intro = r.termIntro(d, t)
		}
	}
	crumbs = append(crumbs, Link{Name: t.Name, URL: t.URL, Current: n == 1})
	heading := title
	if n > 1 {
		title += " – trang " + strconv.Itoa(n)
		crumbs = append(crumbs, Link{Name: "Trang " + strconv.Itoa(n), URL: pageURL(t.URL, n), Current: true})
	}
	desc := t.Description
	if desc == "" {
		desc = r.th.text(i18n.TermDesc, siteNumber(len(t.Profiles)), title)
	}
	page := &Page{Title: title, Description: desc, URL: pageURL(t.URL, n), List: lv, Crumbs: crumbs, FeedURL: feed}
	if bv != nil {
		b := *bv
		b.Heading = heading
		page.Browse = &b
	}
	page.Kind = "list"
	return page, nil
}

func (r *Renderer) terms(d *index.Dimension) (*Page, error) {
	tv := &TermsView{Heading: d.Name, Terms: r.termLinks(d)}
	tv.ByCount, tv.ByName = termEntries(d)
	for _, t := range tv.Terms {
		tv.Max = max(tv.Max, t.Count)
	}
	return &Page{Kind: "terms", Title: d.Name, Description: r.th.text(i18n.TermsDesc, strings.ToLower(d.Name)),
		URL: d.Path, Terms: tv, Crumbs: []Link{{Name: r.th.text(i18n.WordHome), URL: "/"}, {Name: d.Name, URL: d.Path, Current: true}}}, nil
}

func (r *Renderer) notFound() (*Page, error) {
	return &Page{Kind: "404", Title: r.th.text(i18n.WordNotFound), URL: "/404.html",
		Description: r.th.text(i18n.WordNotFoundMsg)}, nil
}

func (r *Renderer) robots() []byte {
	return []byte("User-agent: *\nAllow: /\n\nSitemap: " + r.abs("/sitemap.xml") + "\n")
}

// siteKey fingerprints what every output file may show besides its own
// data: the settings and the theme. (The preview adds its live-reload tag
// as it serves a page, so the bytes made here are always build's.)
func (r *Renderer) siteKey() uint64 {
	h := newHasher()
	h.reset("site")
	h.int(int(r.ix.Site.Hash))
	h.int(int(r.th.Key))
	// The navigation links the collections when there are any.
	if len(r.ix.Collections) > 0 {
		h.int(1)
	}
	return h.sum()
}

// hasher builds job fingerprints. It is not safe for concurrent use.
type hasher struct {
	h    maphash.Hash
	b    [8]byte
	site uint64      // siteKey, part of every fingerprint
	imgs *images.Set // the sizes of photos show in <img> tags
	// meta holds the metaKey of each profile: what pages other than its
	// own show of it. A hasher without it falls back to Hash.
	meta map[*content.Profile]uint64
}

var hashSeed = maphash.MakeSeed()

func newHasher() *hasher {
	h := &hasher{}
	h.h.SetSeed(hashSeed)
	return h
}

func (h *hasher) reset(kind string) { h.h.Reset(); h.h.WriteString(kind); h.int(int(h.site)) }
func (h *hasher) str(s string)      { h.h.WriteString(s); h.h.WriteByte(0) }
func (h *hasher) int(n int) {
	binary.LittleEndian.PutUint64(h.b[:], uint64(n))
	h.h.Write(h.b[:])
}

// profiles adds what lists show of ps: their metadata, not their text
// (see metaKey), and the sizes of their photos.
func (h *hasher) profiles(ps []*content.Profile) {
	h.int(len(ps))
	for _, p := range ps {
		if k, ok := h.meta[p]; ok {
			h.int(int(k)) // covers the path too
		} else {
			h.int(int(p.Hash))
			// Hash covers the source bytes only; the path decides the URL,
			// so the same text at another path is another profile.
			h.str(p.Path)
		}
		if p.Photo != nil {
			h.image(p.Photo.URL)
		}
	}
}

// image adds the size and copies of the image published at url.
func (h *hasher) image(url string) {
	if im := h.imgs.Lookup(url); im != nil {
		h.int(im.Width)
		h.int(im.Height)
		for _, v := range im.Srcset() {
			h.str(v.URL)
			h.int(v.Width)
		}
	}
}
func (h *hasher) time(t time.Time) {
	_, off := t.Zone()
	h.int(int(t.Unix()))
	h.int(t.Nanosecond())
	h.int(off)
}
func (h *hasher) counts(ix *index.Index) {
	for _, d := range ix.Dims {
		for _, t := range d.Terms {
			h.str(t.Key)
			h.int(len(t.Profiles))
		}
	}
}
func (h *hasher) sum() uint64 { return h.h.Sum64() }

// history describes t on its page when it is a place with history; nil
// otherwise.
func history(t *index.Term) *History {
	if t.Since.IsZero() && t.Until.IsZero() && len(t.NowPartOf) == 0 && len(t.Formerly) == 0 {
		return nil
	}
	h := &History{Name: t.Name}
	if !t.Until.IsZero() {
		h.Until = t.Until.Format("02/01/2006")
	}
	if !t.Since.IsZero() {
		h.Since = t.Since.Format("02/01/2006")
	}
	link := func(o *index.Term) Link {
		l := Link{Name: o.Name, Count: len(o.Profiles), Dim: o.Dim}
		if l.Count > 0 { // terms without profiles have no page
			l.URL = o.URL
		}
		return l
	}
	for _, o := range t.NowPartOf {
		h.Now = append(h.Now, link(o))
	}
	for _, o := range t.Formerly {
		h.Formerly = append(h.Formerly, link(o))
	}
	return h
}

// facts are p's values for every dimension that is not a badge (see
// ProfileView.Facts).
func (r *Renderer) facts(p *content.Profile) []Fact {
	// The facts and their links, each in one array.
	nf, nl := 0, 0
	for _, d := range r.ix.Dims {
		if vs := p.Values(d.Dimension); !d.Badge && len(vs) > 0 {
			nf, nl = nf+1, nl+len(vs)
		}
	}
	facts := make([]Fact, 0, nf)
	links := make([]Link, 0, nl)
	for _, d := range r.ix.Dims {
		vs := p.Values(d.Dimension)
		if d.Badge || len(vs) == 0 {
			continue
		}
		start := len(links)
		for _, k := range vs {
			links = append(links, r.termLink(d, k))
		}
		facts = append(facts, Fact{Name: d.Singular, Dim: d.Key, Multiple: d.Multiple, Links: links[start:len(links):len(links)]})
	}
	return facts
}
