package render

import (
	"path"

	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/index"
)

// since lets Jobs keep, for the jobs a change cannot reach, the keys of
// the listing before it instead of computing them again: a profile
// page's related profiles and a list's filter panel are most of what
// listing a site costs (see Since).
type since struct {
	key     func(path string) (uint64, bool) // the previous listing's keys
	terms   map[termRef]bool                 // the terms a changed profile had or has
	changed map[*content.Profile]bool        // in either index
	counts  bool                             // some term has another number of profiles
	bkeys   map[string]uint64                // the previous filter panels' keys, by term URL
	asset   uint64                           // the theme's asset key, which Jobs adds to pages' keys
}

// termRef names a term of a dimension by their keys.
type termRef struct{ dim, key string }

// Since tells r, the renderer of a site after a change, the renderer
// prev of the site before it, so that Jobs computes again only the keys
// of the jobs that can show a difference: the pages of the changed
// profiles, of the profiles whose related profiles may be among them,
// and the lists of the terms they had or have (and the first page of
// every list when a count changed, since its introduction links the
// years that have pages); key returns the key the previous listing gave
// an output path. Every other job keeps that key: Since holds to Jobs'
// contract, the keys are those a listing from scratch gives.
//
// The profiles that changed are those that are not in both indexes
// (added, removed, read again: a profile is the same only when it is the
// same pointer in both). Since does nothing, and Jobs computes
// every key, unless both renderers have the same theme, settings,
// measured photos and collections, and prev listed its jobs. It is not
// safe for concurrent use with r.
func (r *Renderer) Since(prev *Renderer, key func(string) (uint64, bool)) {
	if prev == nil || prev.bkeys == nil || prev.th != r.th || prev.ix.Site != r.ix.Site || prev.imgs != r.imgs ||
		len(prev.ix.Dims) != len(r.ix.Dims) || !sameCollections(prev.ix, r.ix) {
		return
	}
	var changed []*content.Profile
	for _, p := range prev.ix.Profiles {
		if r.ix.Pos(p) < 0 {
			changed = append(changed, p)
		}
	}
	for _, p := range r.ix.Profiles {
		if prev.ix.Pos(p) < 0 {
			changed = append(changed, p)
		}
	}
	s := &since{key: key, terms: map[termRef]bool{}, changed: make(map[*content.Profile]bool, len(changed)),
		bkeys: prev.bkeys, asset: r.th.assetKey}
	for _, p := range changed {
		s.changed[p] = true
		for _, d := range r.ix.Dims {
			for _, k := range p.Values(d.Dimension) {
				s.terms[termRef{d.Key, k}] = true
			}
		}
	}
	for i, d := range r.ix.Dims {
		pd := prev.ix.Dims[i]
		if len(d.Terms) != len(pd.Terms) {
			s.counts = true
			break
		}
		for j, t := range d.Terms {
			if pt := pd.Terms[j]; pt.Key != t.Key || len(pt.Profiles) != len(t.Profiles) {
				s.counts = true
			}
		}
	}
	r.since = s
}

// sameCollections reports whether a and b have the same collections of
// the same profiles.
func sameCollections(a, b *index.Index) bool {
	if len(a.Collections) != len(b.Collections) {
		return false
	}
	for i, c := range a.Collections {
		d := b.Collections[i]
		if c.Hash != d.Hash || c.Path != d.Path || c.URL != d.URL || c.Title != d.Title || len(c.Profiles) != len(d.Profiles) {
			return false
		}
		for j, p := range c.Profiles {
			if d.Profiles[j] != p {
				return false
			}
		}
	}
	return true
}

// prevKey returns the previous listing's key of the job at p as Jobs
// computes it before adding the asset key to pages.
func (s *since) prevKey(p string) (uint64, bool) {
	k, ok := s.key(p)
	if ok && path.Ext(p) == ".html" {
		k ^= s.asset
	}
	return k, ok
}

// related reports whether p's page may show another difference than
// before: p changed, or shares the term of a dimension that related
// profiles are drawn from (single-valued, neither year nor badge) with a
// profile that changed.
func (s *since) related(ix *index.Index, p *content.Profile) bool {
	if s.changed[p] {
		return true
	}
	for _, d := range ix.Dims {
		if d.Year || d.Multiple || d.Badge {
			continue
		}
		if v := p.Value(d.Dimension); v != "" && s.terms[termRef{d.Key, v}] {
			return true
		}
	}
	return false
}

// list reports whether the list of t (of d; nil for all profiles) may
// show a difference on pages after its first.
func (s *since) list(d *index.Dimension, t *index.Term) bool {
	if d == nil {
		return len(s.changed) > 0
	}
	return s.terms[termRef{d.Key, t.Key}]
}
