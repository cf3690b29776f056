package render

// Share pictures, the site icon and the web manifest.
//
// Every page but the 404 page has a picture for when its link is shared
// (og:image): a 1200×630 card drawn by package share at
// /anh-chia-se/<page>.png (a JPEG, .jpg, when it shows a photo), or, for a profile whose photo is at least
// share.Width pixels wide, the photo itself. Later pages of a list share
// the first page's card; the 404 page shows the home page's. A card is
// drawn from the page it stands for (the same *Page the theme renders), so
// its job's key is the page job's key, a superset of what the card shows;
// a profile's card shows only what lists show of the profile, so its key
// is that (metaKey) and the photos' generation (images.Set.Gen), and an
// edit of a profile's text does not draw its card again.

import (
	"encoding/json"
	"net/url"
	"strings"

	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/share"
)

const (
	// shareDir is the URL folder of the share pictures.
	shareDir = "/anh-chia-se/"
	// IconPath is the site icon (apple-touch-icon), ManifestPath the web
	// manifest naming it.
	IconPath     = "/apple-touch-icon.png"
	ManifestPath = "/site.webmanifest"
	// FaviconPath is the SVG icon browsers show in tabs (faviconSVG).
	FaviconPath = "/favicon.svg"
)

// ShareImage is the picture a page shows when shared: og:image and its
// width, height, type and alternative text.
type ShareImage struct {
	URL           string // absolute
	Width, Height int
	Type          string // "image/png", "image/jpeg"
	Alt           string
}

// ShareLinks are the share and save actions of a profile page. URL is the
// page's absolute address; the labels come from the message catalog.
type ShareLinks struct {
	URL, Title           string
	Facebook, Zalo       string // share links of those sites, plain links
	Heading, Native      string
	FacebookLabel        string
	FacebookTitle        string
	ZaloLabel, ZaloTitle string
	Copy, Copied, Failed string
	Print                string
}

// sharePath returns the output path (no leading slash) of the card of the
// page at u, ending in ext (share.Format): "/" → "anh-chia-se/trang-chu.png",
// "/dia-ban/dak-doa/trang/3/" → "anh-chia-se/dia-ban/dak-doa.png".
func sharePath(u, ext string) string {
	u = strings.Trim(listBase(u), "/")
	if u == "" {
		u = "trang-chu"
	}
	return strings.TrimPrefix(shareDir, "/") + u + ext
}

// listBase strips a page number, "trang/<n>/" with n > 1, from u (see
// pageURL).
func listBase(u string) string {
	rest, ok := strings.CutSuffix(u, "/")
	if !ok {
		return u
	}
	i := strings.LastIndexByte(rest, '/')
	n := rest[i+1:]
	if i < 0 || n == "" || strings.Trim(n, "0123456789") != "" || !strings.HasSuffix(rest[:i], "/trang") {
		return u
	}
	return rest[:i-len("trang")]
}

// photoShared reports whether p's photo is shown when p is shared instead
// of a card: a JPEG or PNG at least share.Width pixels wide. Facebook and
// Zalo crop or letterbox anything smaller.
func (r *Renderer) photoShared(p *content.Profile) bool {
	if p == nil || p.Photo == nil {
		return false
	}
	im := r.imgs.Lookup(p.Photo.URL)
	return im != nil && im.Width >= share.Width && im.Height > 0 && (im.Format == "jpeg" || im.Format == "png")
}

// shareImage returns the share picture of p.
func (r *Renderer) shareImage(p *Page, prof *content.Profile) *ShareImage {
	if r.photoShared(prof) {
		im := r.imgs.Lookup(prof.Photo.URL)
		alt := p.Title
		if c := r.cards[prof]; c != nil && c.Photo != nil {
			alt = c.Photo.Alt
		}
		return &ShareImage{URL: r.abs(prof.Photo.URL), Width: im.Width, Height: im.Height, Type: "image/" + im.Format, Alt: alt}
	}
	u, title := p.URL, p.Title
	if p.Kind == "404" || p.Kind == "home" {
		u, title = "/", r.ix.Site.Title
	}
	typ, ext := share.Format(r.cardPhoto(prof))
	return &ShareImage{URL: r.abs("/" + sharePath(u, ext)), Width: share.Width, Height: share.Height, Type: typ,
		Alt: i18n.ShareAlt.In(i18n.Vi, title, r.ix.Site.Title)}
}

// shareJobs adds a card job for every HTML page job that has its own card
// (first pages; no 404), and the icon and manifest.
func (r *Renderer) shareJobs(jobs []Job, h *hasher) []Job {
	byURL := make(map[string]*content.Profile, len(r.ix.Profiles))
	for _, p := range r.ix.Profiles {
		byURL[p.URL] = p
	}
	var out []Job
	for _, j := range jobs {
		if j.page == nil || j.noShare || !strings.HasSuffix(j.Path, "index.html") {
			continue
		}
		u := "/" + strings.TrimSuffix(j.Path, "index.html")
		if listBase(u) != u {
			continue
		}
		prof := byURL[u]
		if r.photoShared(prof) {
			continue
		}
		if prof != nil {
			// What lists show of the profile (metaKey: its title, kind,
			// unit, terms, photo) and the photo's size, not its body: an
			// edit of the text leaves its picture alone.
			h.reset("share-profile")
			h.str(u)
			h.profiles([]*content.Profile{prof})
			if prof.Photo != nil {
				h.int(int(r.imgs.Gen()))
			}
		} else {
			h.reset("share")
			h.int(int(j.Key))
			// The cards of the home and dimension pages count the site's
			// profiles, which those pages' keys do not cover (a profile
			// added without criteria leaves /tieu-chi/ as it was).
			h.int(len(r.ix.Profiles))
		}
		page := j.page
		file := func(r *Renderer) (string, []byte, error) {
			p, err := page(r)
			if err != nil {
				return "", nil, err
			}
			p.Site = r.site
			c, err := r.shareCard(p, prof)
			if err != nil {
				return "", nil, err
			}
			return r.ShareCache.File(c)
		}
		if prof != nil {
			// A profile's card needs its card fields, not its page (whose
			// body and JSON-LD were most of a cached rebuild's cost).
			file = func(r *Renderer) (string, []byte, error) {
				c := r.cards[prof]
				card, err := r.shareCard(&Page{Title: c.Title, Kind: "profile", Profile: &ProfileView{
					Badges: c.Badges, Meta: c.Meta, Organization: prof.Organization}}, prof)
				if err != nil {
					return "", nil, err
				}
				return r.ShareCache.File(card)
			}
		}
		_, ext := share.Format(r.cardPhoto(prof))
		out = append(out, Job{Path: sharePath(u, ext), Key: h.sum(), file: file})
	}
	h.reset("icon")
	out = append(out, Job{Path: strings.TrimPrefix(IconPath, "/"), Key: h.sum(), run: func(*Renderer) ([]byte, error) { return share.Icon(r.th.brandRGB()) }})
	h.reset("manifest")
	out = append(out, Job{Path: strings.TrimPrefix(ManifestPath, "/"), Key: h.sum(), run: (*Renderer).manifest})
	// The favicon in the brand's colour, unless the theme has its own.
	if !r.th.hasStatic(strings.TrimPrefix(FaviconPath, "/")) {
		h.reset("favicon")
		out = append(out, Job{Path: strings.TrimPrefix(FaviconPath, "/"), Key: h.sum(), run: func(r *Renderer) ([]byte, error) { return faviconSVG(r.th.Brand), nil }})
	}
	return out
}

// shareCard is what the card of page p shows. Its error is that of
// reading the copy of the photo it shows.
func (r *Renderer) shareCard(p *Page, prof *content.Profile) (share.Card, error) {
	s := r.ix.Site
	c := share.Card{Title: p.Title, Brand: s.Title, Band: r.th.brandRGB()}
	if u, err := url.Parse(s.BaseURL); err == nil {
		c.Host = u.Hostname()
	}
	count := i18n.ShareCount.In(i18n.Vi, siteNumber(len(r.ix.Profiles)))
	switch {
	case p.Profile != nil:
		v := p.Profile
		if len(v.Badges) > 0 {
			c.Kicker = v.Badges[0].Name // the kind
		}
		if v.Organization != "" {
			c.Lines = append(c.Lines, v.Organization)
		}
		var meta []string // place · year · field, in the cards' order
		for _, l := range v.Meta {
			meta = append(meta, l.Name)
		}
		c.Lines = append(c.Lines, joinNonEmpty(" · ", meta...))
		var err error
		if c.Photo, err = r.sharePhoto(prof); err != nil {
			return c, err
		}
	case p.List != nil:
		if len(p.Crumbs) > 2 { // home, dimension, term
			c.Kicker = p.Crumbs[1].Name // the dimension
		} else {
			c.Kicker = i18n.ShareAll.In(i18n.Vi)
		}
		c.Title = p.List.Heading
		c.Lines = []string{i18n.ShareCount.In(i18n.Vi, siteNumber(p.List.Total))}
	case p.Terms != nil:
		c.Kicker = i18n.ShareBrowse.In(i18n.Vi)
		var names []string
		for _, t := range p.Terms.Terms {
			if t.Count > 0 {
				names = append(names, t.Name)
			}
		}
		c.Lines = []string{strings.Join(names, ", "), count}
	case p.Kind == "home":
		c.Title = s.Title
		c.Lines = []string{s.Description, count}
	default:
		c.Lines = []string{p.Description}
	}
	return c, nil
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, s := range parts {
		if s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

// cardPhoto reports whether the card of p shows p's photo: whether it has
// resized copies (sharePhoto). The card's format follows (share.Format),
// and with it the name pages give it, before any card is drawn.
func (r *Renderer) cardPhoto(p *content.Profile) bool {
	if p == nil || p.Photo == nil {
		return false
	}
	im := r.imgs.Lookup(p.Photo.URL)
	return im != nil && len(im.Variants) > 0
}

// sharePhoto returns the bytes of the copy of p's photo a card shows: the
// narrowest resized copy at least 640 pixels wide, or the widest there is;
// nil when the photo has no copies (not a JPEG or PNG, or too small to
// show; see cardPhoto). Its error is that of making the copy, which the
// copy's own file reports as well.
func (r *Renderer) sharePhoto(p *content.Profile) ([]byte, error) {
	if !r.cardPhoto(p) {
		return nil, nil
	}
	im := r.imgs.Lookup(p.Photo.URL)
	v := im.Variants[len(im.Variants)-1]
	for _, x := range im.Variants {
		if x.Width >= 640 {
			v = x
			break
		}
	}
	return r.imgs.Bytes(strings.TrimPrefix(v.URL, "/"))
}

// shareLinks returns the share actions of the profile page at u.
func (r *Renderer) shareLinks(title, u string) *ShareLinks {
	abs := r.abs(u)
	q := url.QueryEscape(abs)
	vi := func(m *i18n.Msg) string { return r.th.text(m) } // the site's wording (WordsFile), if any
	return &ShareLinks{URL: abs, Title: title,
		Facebook: "https://www.facebook.com/sharer/sharer.php?u=" + q,
		Zalo:     "https://sp.zalo.me/share_inline?url=" + q,
		Heading:  vi(i18n.ShareActions), Native: vi(i18n.ShareNative),
		FacebookLabel: vi(i18n.ShareFacebook), FacebookTitle: vi(i18n.ShareFacebookTitle),
		ZaloLabel: vi(i18n.ShareZalo), ZaloTitle: vi(i18n.ShareZaloTitle),
		Copy: vi(i18n.ShareCopy), Copied: vi(i18n.ShareCopied), Failed: vi(i18n.ShareCopyFailed),
		Print: vi(i18n.SharePrint)}
}

// manifest is the web manifest: the site's name, colours and icon, for a
// phone's "add to home screen".
func (r *Renderer) manifest() ([]byte, error) {
	s := r.ix.Site
	type icon struct {
		Src   string `json:"src"`
		Sizes string `json:"sizes"`
		Type  string `json:"type"`
	}
	m := struct {
		Name       string `json:"name"`
		ShortName  string `json:"short_name"`
		Lang       string `json:"lang"`
		StartURL   string `json:"start_url"`
		Display    string `json:"display"`
		Theme      string `json:"theme_color"`
		Background string `json:"background_color"`
		Icons      []icon `json:"icons"`
	}{s.Title, s.Title, s.Language, "/", "browser", r.th.Brand, "#fbf7f0",
		[]icon{{IconPath, "180x180", "image/png"}}}
	b, err := json.MarshalIndent(m, "", "  ")
	return append(b, '\n'), err
}
