// Package config loads and checks a site's configuration (site.yaml): its
// title and URLs, and the ordered vocabularies that profiles are filed
// under (categories, districts, criteria, and the fixed kinds).
//
// A loaded *Site is read-only and safe for concurrent use.
package config

import (
	"bytes"
	"errors"
	"hash/fnv"
	"io/fs"
	"net/url"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/vntext"
)

// FileName is the configuration file at the root of a site.
const FileName = "site.yaml"

// Site is a site's configuration after defaults are applied.
type Site struct {
	Title       string
	Description string
	BaseURL     string // absolute, always ends in "/"
	Language    string // BCP 47, default "vi"
	PerPage     int    // profiles per list page, default 20
	Theme       string // default "default"
	UnsafeHTML  bool   // pass raw HTML in Markdown through; off by default
	// DefaultImage is a site-relative path to the image used for sharing
	// pages that have no photo of their own; "" for none.
	DefaultImage string
	// KeepPhotoMetadata publishes JPEG and PNG photos with their EXIF,
	// XMP and IPTC metadata; by default it is removed (images.Strip).
	KeepPhotoMetadata bool

	// Province, Publisher and Address are the site's own facts: the
	// province its profiles belong to (JSON-LD addresses), the
	// organisation that publishes it (the honour book's cover, JSON-LD)
	// and that organisation's address; "" when not given.
	Province  string
	Publisher string
	Address   string

	// Dims are the browse dimensions, in declaration order: the
	// dimensions block of site.yaml, or the five built-in ones (category,
	// district, year, criteria, kind) made from the lists below.
	Dims []*Dimension

	// Categories, Districts, Criteria and Kinds are the vocabularies of
	// the dimensions keyed category, district, criteria and kind, for the
	// commands that write profiles from those fields (new, import); an
	// empty vocabulary when the site has no such dimension.
	Categories *Vocabulary
	Districts  *Vocabulary
	Criteria   *Vocabulary
	Kinds      *Vocabulary

	// Hash fingerprints site.yaml's bytes: two sites with equal hashes
	// have equal settings. Render keys every output file with it, since
	// a setting (the title, a term's name) may show on any page.
	Hash uint64
}

// Term is one value of a vocabulary.
type Term struct {
	Key         string   // stable identifier used in front matter, e.g. "chu-pah"
	Slug        string   // URL segment; equal to Key except for kinds
	Name        string   // display name, e.g. "Chư Păh"
	Description string   // optional longer text
	Aliases     []string // other accepted spellings
	Line        int      // line in site.yaml, 0 for built-in terms

	// A place with history: Since and Until bound the time the term
	// existed (zero when open); NowPartOf lists the terms of other
	// dimensions that cover it now, Formerly those it was formed from.
	// Links are two-way: each side lists the other, whichever side
	// site.yaml wrote them on.
	Since, Until time.Time
	NowPartOf    []TermRef
	Formerly     []TermRef

	rawNow, rawFormerly []string // as written, until linkTerms resolves them
}

// Vocabulary is an ordered list of terms and the rules for resolving what a
// writer typed to one of them.
type Vocabulary struct {
	Field string // front-matter field, e.g. "district"
	List  string // site.yaml list, e.g. "districts"
	Terms []Term
	index map[string]int // folded key, name and aliases → position in Terms
}

// Resolve returns the term that s names: its key, display name or an alias,
// compared after vntext.Fold, so case, composed or decomposed marks, đ/d and
// punctuation do not matter. ok is false when nothing matches.
func (v *Vocabulary) Resolve(s string) (t Term, ok bool) {
	i, ok := v.index[vntext.Fold(s)]
	if !ok {
		return Term{}, false
	}
	return v.Terms[i], true
}

// Lookup returns the term with exactly this key.
func (v *Vocabulary) Lookup(key string) (Term, bool) {
	for _, t := range v.Terms {
		if t.Key == key {
			return t, true
		}
	}
	return Term{}, false
}

// Suggest returns the term whose key, name or alias is nearest to s, for a
// "did you mean" hint; ok is false when nothing is close.
func (v *Vocabulary) Suggest(s string) (t Term, ok bool) {
	var cands []string
	var owner []int
	for i, t := range v.Terms {
		for _, c := range append([]string{t.Key, t.Name}, t.Aliases...) {
			cands = append(cands, c)
			owner = append(owner, i)
		}
	}
	if i := vntext.Closest(s, cands); i >= 0 {
		return v.Terms[owner[i]], true
	}
	return Term{}, false
}

func newVocabulary(field, list string, terms []Term, path string, errs *diag.List) *Vocabulary {
	v := &Vocabulary{Field: field, List: list, Terms: terms, index: map[string]int{}}
	for i, t := range terms {
		for _, s := range append([]string{t.Key, t.Name}, t.Aliases...) {
			f := vntext.Fold(s)
			if f == "" {
				continue
			}
			if j, dup := v.index[f]; dup && j != i {
				errs.Add(&diag.Error{Path: path, Line: t.Line, Field: list, Msg: i18n.ConfigSharedName.T(s, t.Key, terms[j].Key, terms[j].Line),
					Hint: i18n.ConfigSharedNameHint.T()})
				continue
			}
			v.index[f] = i
		}
	}
	return v
}

// Kinds is the fixed kind vocabulary.
func kinds() []Term {
	return []Term{
		{Key: "individual", Slug: "ca-nhan", Name: "Cá nhân", Aliases: []string{"person", "ca-nhan", "cá thể"}},
		{Key: "collective", Slug: "tap-the", Name: "Tập thể", Aliases: []string{"organization", "tap-the", "đơn vị", "tổ chức"}},
	}
}

type rawTerm struct {
	Key         string   `yaml:"key"`
	Name        string   `yaml:"name"`
	Description string   `yaml:"description"`
	Aliases     []string `yaml:"aliases"`
	Slug        string   `yaml:"slug"`
}

var topKeys = []string{"title", "description", "base_url", "language", "per_page", "theme",
	"unsafe_html", "default_image", "keep_photo_metadata", "categories", "districts", "criteria",
	"dimensions", "province", "publisher", "address"}

// Load reads FileName from the root of fsys. It returns every problem at
// once: errors joined into err (a *Site is still returned when the file
// could be parsed, so callers can carry on checking content), and warnings
// such as unknown keys separately.
func Load(fsys fs.FS) (*Site, []*diag.Error, error) {
	data, err := fs.ReadFile(fsys, FileName)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil, &diag.Error{Path: FileName, Msg: i18n.ConfigNotFound.T(), Hint: i18n.ConfigNotFoundHint.T(), Err: err}
		}
		return nil, nil, &diag.Error{Path: FileName, Msg: i18n.ConfigCannotRead.T(i18n.Cause(err)), Err: err}
	}
	return Parse(data)
}

// Parse is Load for bytes already read.
func Parse(data []byte) (*Site, []*diag.Error, error) {
	var errs diag.List
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, nil, YAMLError(FileName, 0, data, err)
	}
	s := &Site{Language: "vi", PerPage: 20, Theme: "default", Hash: fingerprint(data)}
	var lists = map[string][]Term{}
	dimsLine := 0
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		errs.Add(&diag.Error{Path: FileName, Line: 1, Msg: i18n.ConfigNotMapping.T(), Hint: i18n.ConfigSeeReadme.T()})
		w, err := errs.Split()
		return nil, w, err
	}
	m := doc.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		str := func() string {
			if v.Kind != yaml.ScalarNode {
				errs.Add(&diag.Error{Path: FileName, Line: v.Line, Field: k.Value, Msg: i18n.ConfigMustBeText.T()})
				return ""
			}
			return vntext.NFC(strings.TrimSpace(v.Value))
		}
		switch k.Value {
		case "title":
			s.Title = str()
		case "description":
			s.Description = str()
		case "base_url":
			s.BaseURL = str()
		case "language":
			s.Language = str()
		case "theme":
			s.Theme = str()
		case "default_image":
			s.DefaultImage = strings.TrimPrefix(str(), "/")
		case "per_page":
			if err := v.Decode(&s.PerPage); err != nil || s.PerPage < 1 || s.PerPage > 1000 {
				errs.Add(&diag.Error{Path: FileName, Line: v.Line, Field: k.Value, Msg: i18n.ConfigPerPage.T(), Hint: i18n.ConfigPerPageHint.T()})
			}
		case "unsafe_html":
			if err := v.Decode(&s.UnsafeHTML); err != nil {
				errs.Add(&diag.Error{Path: FileName, Line: v.Line, Field: k.Value, Msg: i18n.ConfigMustBeBool.T()})
			}
		case "keep_photo_metadata":
			if err := v.Decode(&s.KeepPhotoMetadata); err != nil {
				errs.Add(&diag.Error{Path: FileName, Line: v.Line, Field: k.Value, Msg: i18n.ConfigMustBeBool.T()})
			}
		case "categories", "districts", "criteria":
			lists[k.Value] = decodeTerms(k.Value, v, &errs)
		case "dimensions":
			s.Dims = decodeDims(v, &errs)
			dimsLine = k.Line
		case "province":
			s.Province = str()
		case "publisher":
			s.Publisher = str()
		case "address":
			s.Address = str()
		default:
			hint := ""
			if j := vntext.Closest(k.Value, topKeys); j >= 0 {
				hint = i18n.DidYouMean.T(topKeys[j])
			}
			errs.Add(&diag.Error{Path: FileName, Line: k.Line, Field: k.Value, Msg: i18n.ConfigUnknown.T(), Hint: hint, Sev: diag.SevWarning})
		}
	}
	if s.Title == "" {
		errs.Add(&diag.Error{Path: FileName, Line: 1, Field: "title", Msg: i18n.ConfigRequired.T(), Hint: i18n.ConfigTitleHint.T()})
	}
	if s.BaseURL == "" {
		errs.Add(&diag.Error{Path: FileName, Line: 1, Field: "base_url", Msg: i18n.ConfigRequired.T(), Hint: i18n.ConfigBaseURLHint.T()})
	} else if u, err := url.Parse(s.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs.Add(&diag.Error{Path: FileName, Line: line(m, "base_url"), Field: "base_url", Msg: i18n.ConfigBaseURL.T(), Hint: i18n.ConfigBaseURLHint.T()})
	} else if !strings.HasSuffix(s.BaseURL, "/") {
		s.BaseURL += "/"
	}
	if dimsLine == 0 {
		for _, name := range []string{"categories", "districts", "criteria"} {
			if len(lists[name]) == 0 {
				errs.Add(&diag.Error{Path: FileName, Line: line(m, name), Field: name, Msg: i18n.ConfigListEmpty.T(), Hint: i18n.ConfigListHint.T()})
			}
		}
		s.Dims = defaultDims(
			newVocabulary("category", "categories", lists["categories"], FileName, &errs),
			newVocabulary("district", "districts", lists["districts"], FileName, &errs),
			newVocabulary("criteria", "criteria", lists["criteria"], FileName, &errs))
		s.Dims[4].Vocab = newVocabulary("kind", "kind", kinds(), FileName, &errs)
	} else {
		for _, name := range []string{"categories", "districts", "criteria"} {
			if _, ok := lists[name]; ok {
				errs.Add(&diag.Error{Path: FileName, Line: line(m, name), Field: name, Msg: i18n.DimListIgnored.T(), Hint: i18n.DimListIgnoredHint.T(name), Sev: diag.SevWarning})
			}
		}
	}
	linkTerms(s.Dims, &errs)
	vocab := func(key string) *Vocabulary {
		if d := s.Dim(key); d != nil && d.Vocab != nil {
			return d.Vocab
		}
		return &Vocabulary{Field: key, List: key, index: map[string]int{}}
	}
	s.Categories, s.Districts, s.Criteria, s.Kinds = vocab("category"), vocab("district"), vocab("criteria"), vocab("kind")
	w, err := errs.Split()
	return s, w, err
}

func line(m *yaml.Node, key string) int {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i].Line
		}
	}
	return 1
}

func decodeTerms(list string, v *yaml.Node, errs *diag.List) []Term {
	if v.Kind != yaml.SequenceNode {
		errs.Add(&diag.Error{Path: FileName, Line: v.Line, Field: list, Msg: i18n.ConfigMustBeList.T(), Hint: i18n.ConfigListItemHint.T()})
		return nil
	}
	var out []Term
	seen := map[string]int{}
	for _, item := range v.Content {
		var r rawTerm
		if err := item.Decode(&r); err != nil {
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: list, Msg: i18n.ConfigItemNotMap.T(), Hint: i18n.ConfigItemHint.T()})
			continue
		}
		t := Term{Key: strings.TrimSpace(r.Key), Name: vntext.NFC(strings.TrimSpace(r.Name)),
			Description: vntext.NFC(strings.TrimSpace(r.Description)), Line: item.Line}
		for _, a := range r.Aliases {
			t.Aliases = append(t.Aliases, vntext.NFC(a))
		}
		switch {
		case t.Key == "":
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: list, Msg: i18n.ConfigNoKey.T()})
			continue
		case vntext.Slug(t.Key) != t.Key:
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: list, Msg: i18n.ConfigBadKey.T(t.Key), Hint: i18n.ConfigUseKey.T(vntext.Slug(t.Key))})
			continue
		}
		if t.Name == "" {
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: list, Msg: i18n.ConfigNoName.T(t.Key)})
			t.Name = t.Key
		}
		if l, dup := seen[t.Key]; dup {
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: list, Msg: i18n.ConfigKeyTwice.T(t.Key, l)})
			continue
		}
		seen[t.Key] = item.Line
		t.Slug = t.Key
		if r.Slug != "" {
			if vntext.Slug(r.Slug) != r.Slug {
				errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: list, Msg: i18n.ConfigBadKey.T(r.Slug), Hint: i18n.ConfigUseKey.T(vntext.Slug(r.Slug))})
			} else {
				t.Slug = r.Slug
			}
		}
		decodeHistory(list, item, &t, errs)
		out = append(out, t)
	}
	return out
}

// cutLine parses yaml.v3's "line N: message" prefix.
func cutLine(msg string) (int, string, bool) {
	rest, ok := strings.CutPrefix(msg, "line ")
	if !ok {
		return 0, msg, false
	}
	num, after, ok := strings.Cut(rest, ":")
	if !ok {
		return 0, msg, false
	}
	n := 0
	for _, c := range num {
		if c < '0' || c > '9' {
			return 0, msg, false
		}
		n = n*10 + int(c-'0')
	}
	return n, strings.TrimSpace(after), true
}

// fingerprint returns the 64-bit FNV-1a hash of b.
func fingerprint(b []byte) uint64 {
	h := fnv.New64a()
	h.Write(b)
	return h.Sum64()
}
