package render

import (
	"slices"
	"strings"

	"github.com/guongsang/guongsang/generator/content"
)

// profileJob is the job of p's own page, which shows related and the
// collections cols.
func (r *Renderer) profileJob(h *hasher, p *content.Profile, related []relatedPick, cols []Link) Job {
	h.reset("profile")
	h.int(int(p.Hash)) // its body; profiles below covers the rest
	h.profiles([]*content.Profile{p})
	for _, bi := range p.Images { // the sizes of the body's images
		h.image(bi.URL)
	}
	for _, g := range related {
		for _, sh := range g.shared {
			h.str(sh.Term.URL)
		}
		h.profiles(g.profiles)
	}
	for _, l := range cols {
		h.str(l.Name)
		h.str(l.URL)
	}
	return Job{Path: strings.TrimPrefix(p.URL, "/") + "index.html", Key: h.sum(),
		page: func(r *Renderer) (*Page, error) { return r.profile(p, related, cols) }}
}

// ProfileJob returns the job of the page of p, a profile of r's index,
// with the Path and Key Jobs gives it, so that a caller can make one
// profile's page (the page a browser shows) before, or without, listing
// the site. It is not safe for concurrent use with itself.
func (r *Renderer) ProfileJob(p *content.Profile) Job {
	h := newHasher()
	h.imgs, h.meta = r.imgs, r.meta
	h.site = r.siteKey()
	j := r.profileJob(h, p, r.related(p, 4), r.memberships()[p])
	j.Key ^= r.th.assetKey // as Jobs does for every page
	return j
}

// Replace lets p, the profile of old's file read again, stand in for old
// (a profile of the renderer's index) on p's own page, and returns the job of that page, with the Key Jobs
// gives it in a Renderer of the site with p in old's place. It does so
// only when no other page shows a difference between them: their
// metaKeys (everything but the body) and their body images are the same.
// Then every other job keeps its Path, Key and bytes (the metaKey
// contract: lists, related profiles, feeds, search, data and share
// pictures key on metaKey, and the honour book, which keys on the
// source, shows no body), so the caller can write this one page without
// listing the others. Otherwise Replace reports false and changes nothing.
//
// Replace is for a caller that owns r (build.Session): it is not safe for
// concurrent use with itself or with rendering.
func (r *Renderer) Replace(old, p *content.Profile) (Job, bool) {
	k, ok := r.meta[old]
	if !ok || old.Path != p.Path || metaKey(p) != k || !slices.Equal(old.Images, p.Images) {
		return Job{}, false
	}
	// Pages of other profiles keep showing old, whose card and metaKey
	// are p's.
	r.cards[p], r.meta[p] = r.cards[old], k
	h := newHasher()
	h.imgs, h.meta = r.imgs, r.meta
	h.site = r.siteKey()
	j := r.profileJob(h, p, r.related(old, 4), r.memberships()[old])
	j.Key ^= r.th.assetKey // as Jobs does for every page
	return j, true
}
