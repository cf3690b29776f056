package render

import (
	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/images"
)

// Memo carries what a Renderer derives from each profile alone (its card
// and metaKey) to the next Renderer of the same site; see NewWithMemo.
// Profiles never change once loaded, so an entry stays right as long as
// its profile is in use and the site's configuration and photos are the
// same ones, which cards show. The zero value is ready to use. A Memo is
// not safe for concurrent use.
type Memo struct {
	site  *config.Site
	imgs  *images.Set
	cards map[*content.Profile]*Card
	meta  map[*content.Profile]uint64
}

// use forgets the cards unless they were made for site and imgs.
func (m *Memo) use(site *config.Site, imgs *images.Set) {
	if m != nil && (m.site != site || m.imgs != imgs) {
		m.site, m.imgs, m.cards = site, imgs, nil
	}
}

func (m *Memo) get(p *content.Profile) (*Card, uint64, bool) {
	if m == nil {
		return nil, 0, false
	}
	c, ok := m.cards[p]
	if !ok {
		return nil, 0, false
	}
	return c, m.meta[p], true
}

// keep remembers r's profiles, and only those, for the next Renderer.
func (m *Memo) keep(r *Renderer) {
	if m != nil {
		m.cards, m.meta = r.cards, r.meta
	}
}

// metaKey fingerprints everything about p that pages other than its own
// show: every field but the rendered body (HTML, Words) and the source
// hash. List pages, related profiles, feeds, the search index and the data
// files key on it, so an edit of a profile's text re-renders its own page
// only (unless it changes the summary taken from the first paragraph).
// TestMetaKeyFields keeps it in step with content.Profile.
func metaKey(p *content.Profile) uint64 {
	var h hasher
	h.h.SetSeed(hashSeed)
	h.str(p.Path)
	h.bool(p.Bundle)
	h.str(p.Slug)
	h.str(p.URL)
	h.str(p.Title)
	h.int(p.Year)
	h.int(len(p.Terms))
	for _, vs := range p.Terms {
		h.int(len(vs))
		for _, v := range vs {
			h.str(v)
		}
	}
	h.str(p.Summary)
	h.bool(p.SummarySet)
	h.time(p.Date)
	h.time(p.Lastmod)
	h.str(p.Author)
	h.str(p.Organization)
	h.str(p.SortName)
	h.bool(p.Photo != nil)
	if p.Photo != nil {
		h.str(p.Photo.Src)
		h.str(p.Photo.URL)
	}
	h.str(p.PhotoCaption)
	h.str(p.PhotoCredit)
	h.int(len(p.Awards))
	for _, a := range p.Awards {
		h.str(a.Title)
		h.int(a.Year)
		h.str(a.Issuer)
		h.str(a.Decision)
	}
	h.bool(p.Featured)
	h.bool(p.Draft)
	h.int(len(p.Resources))
	for _, r := range p.Resources {
		h.str(r.Src)
		h.str(r.URL)
	}
	return h.sum()
}

func (h *hasher) bool(b bool) {
	if b {
		h.int(1)
	} else {
		h.int(0)
	}
}
