package render

// Search and filters.
//
// The search page (/tim-kiem/) and the filter panel of the lists run in the
// browser from static JSON written at build time under /tim-kiem/chi-muc/.
// One file would pass 300 KB gzipped somewhere below 10,000 profiles, so the
// index is split by what a query needs:
//
//	ho-so.json     the catalogue: the dimensions ("f"), their vocabularies,
//	               and every profile's title, slug and value of each
//	               dimension, in list order. Both pages need all of it (to rank and show results,
//	               and to count filter choices). Positions in its lists are
//	               the profile numbers the other files use.
//	tu-<b>.json    word shards: folded word (vntext.Fold of the title and
//	               SearchSummary) → profile numbers, delta-encoded. Bucket b
//	               is the word's Vietnamese initial: the longest of
//	               wordBuckets the word starts with ("ng", "nh", "n", …), "0"
//	               for a leading digit, "_" for anything else. A query word
//	               downloads only its own bucket, plus the longer buckets it
//	               is a prefix of ("n" also needs "ng" and "nh"). The set of
//	               buckets is fixed, so the file list does not depend on the
//	               text.
//	tt-<n>.json    summaries of profiles n·summaryChunk … (n+1)·summaryChunk−1,
//	               cut to about summaryMax characters, fetched only for the
//	               results on screen.
//
// Collections are matched in the browser by their titles, from the
// catalogue's "bst", and listed above the profiles found.
//
// Term names are matched in the browser from the catalogue's vocabularies,
// and years from the profiles' years, so they are not repeated per
// profile. A term formed from former units (a commune) carries their
// names as a third element, so a search for a former district finds the
// profiles of the communes that now cover it, marked as such. A slug is stored only when
// the browser cannot derive it from the title (see slugCode).
//
// The catalogue's "v" is a hash of every other file; the scripts fetch the
// catalogue with revalidation and the other files with ?v=, so a browser
// never mixes files of two builds.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/index"
	"github.com/guongsang/guongsang/generator/vntext"
)

const (
	// searchPath is the URL of the search page.
	searchPath = "/tim-kiem/"
	// searchIndexDir is the URL folder of the search index files.
	searchIndexDir = searchPath + "chi-muc/"
	// searchCatalogue is the URL of the catalogue file.
	searchCatalogue = searchIndexDir + "ho-so.json"

	summaryChunk = 50  // profiles per tt-<n>.json
	summaryMax   = 160 // characters of summary kept for results
)

// wordBuckets are the word shards named by letters: the Latin letters and
// the Vietnamese initial digraphs that begin many words. Sorted; the
// scripts read the list from the catalogue.
var wordBuckets = []string{
	"a", "b", "c", "ch", "d", "e", "f", "g", "gi", "h", "i", "j", "k", "kh", "l", "m",
	"n", "ng", "nh", "o", "p", "ph", "q", "r", "s", "t", "th", "tr", "u", "v", "w", "x", "y", "z",
}

// Shards for words that start with a digit or with a letter that folds to
// no Latin letter.
const (
	digitBucket = "0"
	otherBucket = "_"
)

// allBuckets is every word shard in file order.
var allBuckets = append(slices.Clone(wordBuckets), digitBucket, otherBucket)

// bucketSet holds wordBuckets; longestBucket is the length of the longest.
var bucketSet, longestBucket = func() (map[string]bool, int) {
	m, n := map[string]bool{}, 0
	for _, b := range wordBuckets {
		m[b], n = true, max(n, len(b))
	}
	return m, n
}()

// bucketOf returns the shard of a folded word: the longest of wordBuckets
// it starts with, digitBucket when it starts with a digit, otherBucket
// otherwise. search.js has the same rule.
func bucketOf(w string) string {
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return digitBucket
	}
	for n := min(longestBucket, len(w)); n > 0; n-- {
		if bucketSet[w[:n]] {
			return w[:n]
		}
	}
	return otherBucket
}

// SearchView is the search page (/tim-kiem/).
type SearchView struct {
	Index string // URL of the catalogue the script loads
	Total int    // profiles searched
}

// BrowseView is the filter panel of a list of profiles: /ho-so/ and every
// term's list, all their pages. It has one filter per dimension with a
// filter position, in that order, except the term's own dimension, and
// except a dimension none of whose choices would narrow the list.
// filter.js narrows the whole list (not only the page shown) from the
// search catalogue, and rewrites the heading and <title> to name the
// choices and the count.
type BrowseView struct {
	Index   string // URL of the catalogue filter.js loads
	Action  string // the list's first page, where the form sends its query
	Heading string // the list's heading, without a page number
	// Within is the term the list is of, as a catalogue column and code
	// (its slug, or the year); nil for all profiles.
	Within  *Within
	Filters []Filter
}

// Within is the term a list is of, for filter.js: profiles whose value in
// catalogue column Column is Value.
type Within struct {
	Column string
	Value  string
}

// Filter is one dimension of the filter panel.
type Filter struct {
	Param   string // URL query parameter, the dimension's path segment, e.g. "dia-ban"
	Column  string // the catalogue column holding the dimension, e.g. "d"
	Name    string // label, e.g. "Địa bàn"
	URL     string // the dimension's index page
	Choices []Choice
}

// Choice is one term of a filter. Only terms with profiles in the list are
// listed.
type Choice struct {
	Value string // query value: the term's slug or the year
	Name  string
	URL   string // the term's list page
	Count int    // profiles of the list with the term, before other filters apply
}

// browse returns the filter panel of term t's list; d is t's dimension,
// nil for all profiles.
func (r *Renderer) browse(d *index.Dimension, t *index.Term) *BrowseView {
	bv := &BrowseView{Index: searchCatalogue, Action: t.URL}
	if d != nil {
		bv.Within = &Within{Column: d.Column, Value: termSlug(d, t)}
	}
	for _, cd := range r.ix.Site.On(func(d *config.Dimension) int { return d.Filter }) {
		fd := r.ix.Dims[cd.Index]
		if d != nil && fd.Key == d.Key {
			continue
		}
		count := make(map[string]int, len(fd.Terms))
		for _, p := range t.Profiles {
			for _, k := range p.Values(fd.Dimension) {
				count[k]++
			}
		}
		f := Filter{Param: strings.Trim(fd.Path, "/"), Column: fd.Column, Name: fd.Name, URL: fd.Path}
		narrows := false
		for _, ft := range fd.Terms {
			n := count[ft.Key]
			if n == 0 {
				continue
			}
			narrows = narrows || n < len(t.Profiles)
			f.Choices = append(f.Choices, Choice{Value: termSlug(fd, ft), Name: ft.Name, URL: ft.URL, Count: n})
		}
		if narrows {
			bv.Filters = append(bv.Filters, f)
		}
	}
	return bv
}

// hash adds what the panel shows to a fingerprint. The heading is the
// list's own and covered by its pages' keys.
func (bv *BrowseView) hash(h *hasher) {
	if bv.Within != nil {
		h.str(bv.Within.Column)
		h.str(bv.Within.Value)
	}
	for _, f := range bv.Filters {
		h.str(f.Param)
		h.str(f.Column)
		h.str(f.Name)
		h.int(len(f.Choices))
		for _, c := range f.Choices {
			h.str(c.Value)
			h.str(c.Name)
			h.str(c.URL)
			h.int(c.Count)
		}
	}
}

// termSlug is the last segment of a term's URL.
func termSlug(d *index.Dimension, t *index.Term) string {
	return strings.TrimSuffix(strings.TrimPrefix(t.URL, d.Path), "/")
}

// browse adds what the search index holds to a fingerprint: every profile
// and every term's name and URL.
func (h *hasher) browse(ix *index.Index) {
	h.profiles(ix.Profiles) // their URLs too: see metaKey
	for _, d := range ix.Dims {
		h.str(d.Key)
		h.str(d.Name)
		h.str(d.Path)
		for _, t := range d.Terms {
			h.str(t.Key)
			h.str(t.Name)
			h.str(t.URL)
			h.int(len(t.Profiles))
			for _, o := range t.Formerly {
				h.str(o.Name)
			}
		}
	}
}

// searchJobs returns the search page and its index files, in a fixed
// order: page, catalogue, word shards in allBuckets order, summary chunks.
func (r *Renderer) searchJobs(h *hasher) []Job {
	ix := r.ix
	h.reset("search")
	h.int(len(ix.Profiles))
	for _, d := range ix.Dims {
		h.str(d.Name)
		h.str(d.Path)
	}
	jobs := []Job{{Path: strings.TrimPrefix(searchPath, "/") + "index.html", Key: h.sum(), page: func(r *Renderer) (*Page, error) { return r.searchPage() }}}

	// Every index file depends on every profile: numbers shift when one is
	// added, and the catalogue's version covers all files.
	h.reset("search-index")
	h.browse(ix)
	for _, c := range ix.Collections { // the catalogue's "bst"
		h.str(c.Title)
		h.str(c.URL)
		h.int(len(c.Profiles))
	}
	key := h.sum()
	data := sync.OnceValues(func() (*searchIndex, error) { return buildSearchIndex(ix) })
	file := func(path string, part func(*searchIndex) []byte) Job {
		return Job{Path: strings.TrimPrefix(path, "/"), Key: key, run: func(*Renderer) ([]byte, error) {
			s, err := data()
			if err != nil {
				return nil, err
			}
			return part(s), nil
		}}
	}
	// The catalogue is listed first of all jobs (longFirst), so the index
	// is built while other pages render; the other files find it ready.
	cat := file(searchCatalogue, func(s *searchIndex) []byte { return s.catalogue })
	cat.long = true
	jobs = append(jobs, cat)
	for _, b := range allBuckets {
		jobs = append(jobs, file(searchIndexDir+"tu-"+b+".json", func(s *searchIndex) []byte { return s.words[b] }))
	}
	for n := range (len(ix.Profiles) + summaryChunk - 1) / summaryChunk {
		jobs = append(jobs, file(searchIndexDir+"tt-"+strconv.Itoa(n)+".json", func(s *searchIndex) []byte { return s.summaries[n] }))
	}
	return jobs
}

func (r *Renderer) searchPage() (*Page, error) {
	return &Page{Kind: "search", Title: r.th.text(i18n.WordSearch), URL: searchPath,
		Description: r.th.text(i18n.SearchDesc),
		Search:      &SearchView{Index: searchCatalogue, Total: len(r.ix.Profiles)},
		Crumbs:      []Link{{Name: r.th.text(i18n.WordHome), URL: "/"}, {Name: r.th.text(i18n.WordSearch), URL: searchPath, Current: true}}}, nil
}

// searchIndex is the encoded index: the catalogue, the word shards by
// bucket and the summary chunks.
type searchIndex struct {
	catalogue []byte
	words     map[string][]byte
	summaries [][]byte
}

// catalogue is ho-so.json, written in this key order: "v", "b", "n",
// "w", "f" (the dimensions: [column, flags, key] with flags t badge, o on
// cards, s searched, m multi-valued, y year; card dimensions first, in
// card order), each term dimension's vocabulary under its column
// ([slug, name] in site.yaml order, [slug, name, former names] for a term
// formed from former units), "bst" when the site has collections (each
// [URL, title, number of profiles], newest first), and "p": the profile
// columns "t" (titles),
// "s" (slugCode) and one per dimension, holding vocabulary indexes (-1
// for none), lists of them for a multi-valued dimension, or years.
type catalogue struct {
	Version     string   // hash of every other index file
	Base        string   // URL folder of profiles
	Chunk       int      // profiles per summary chunk
	Buckets     []string // word-shard buckets by letter
	Dims        []*index.Dimension
	Vocabs      [][][]string
	Collections [][3]any // the collections: URL, title, number of profiles
	Title       []string
	Slug        []string
	Cols        []any // []int or [][]int, one per Dims
}

// MarshalJSON writes c in the documented key order.
func (c *catalogue) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	put := func(key string, v any) error {
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(key)
		b.Write(k)
		b.WriteByte(':')
		enc, err := json.Marshal(v)
		b.Write(enc)
		return err
	}
	b.WriteByte('{')
	if c.Version != "" {
		put("v", c.Version)
	}
	put("b", c.Base)
	put("n", c.Chunk)
	put("w", c.Buckets)
	f := make([][3]string, len(c.Dims))
	for i, d := range c.Dims {
		flags := ""
		for _, x := range []struct {
			on bool
			c  string
		}{{d.Badge, "t"}, {d.Card > 0, "o"}, {d.Search, "s"}, {d.Multiple, "m"}, {d.Year, "y"}} {
			if x.on {
				flags += x.c
			}
		}
		f[i] = [3]string{d.Column, flags, d.Key}
	}
	put("f", f)
	for i, d := range c.Dims {
		if !d.Year {
			if err := put(d.Column, c.Vocabs[i]); err != nil {
				return nil, err
			}
		}
	}
	if len(c.Collections) > 0 {
		put("bst", c.Collections)
	}
	var p bytes.Buffer
	b2 := b
	b = p
	b.WriteByte('{')
	put("t", c.Title)
	put("s", c.Slug)
	for i, d := range c.Dims {
		if err := put(d.Column, c.Cols[i]); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	p, b = b, b2
	b.WriteString(`,"p":`)
	b.Write(p.Bytes())
	b.WriteByte('}')
	return b.Bytes(), nil
}

// slugCode encodes a profile's slug relative to its title: "" when it is
// vntext.Slug(title), "-N" when it is that plus "-N" (a duplicate name), the
// slug itself otherwise. A slug never starts with "-", so the forms cannot
// be confused.
func slugCode(title, slug string) string {
	base := vntext.Slug(title)
	if slug == base {
		return ""
	}
	if rest, ok := strings.CutPrefix(slug, base+"-"); ok && base != "" && rest != "" && strings.Trim(rest, "0123456789") == "" && rest[0] != '0' {
		return "-" + rest
	}
	return slug
}

func buildSearchIndex(ix *index.Index) (*searchIndex, error) {
	c := catalogue{Base: content.ProfilesPath, Chunk: summaryChunk, Buckets: wordBuckets}
	for _, col := range ix.Collections {
		c.Collections = append(c.Collections, [3]any{col.URL, col.Title, len(col.Profiles)})
	}
	// Every dimension: the browser shows those on cards, searches and
	// filters by others, and narrows each term's list to the term (the
	// filter panel of its page); card ones first, in card order.
	for _, cd := range ix.Site.On(func(d *config.Dimension) int { return d.Card }) {
		c.Dims = append(c.Dims, ix.Dims[cd.Index])
	}
	for _, d := range ix.Dims {
		if d.Card == 0 {
			c.Dims = append(c.Dims, d)
		}
	}
	n := len(ix.Profiles)
	pos := make([]map[string]int, len(c.Dims))
	c.Vocabs = make([][][]string, len(c.Dims))
	c.Cols = make([]any, len(c.Dims))
	for i, d := range c.Dims {
		switch {
		case d.Year:
			c.Cols[i] = make([]int, n)
			continue
		case d.Multiple:
			c.Cols[i] = make([][]int, n)
		default:
			c.Cols[i] = make([]int, n)
		}
		vocab := make([][]string, 0, len(d.Terms))
		pos[i] = make(map[string]int, len(d.Terms))
		for j, t := range d.Terms {
			e := []string{termSlug(d, t), t.Name}
			if len(t.Formerly) > 0 {
				names := make([]string, len(t.Formerly))
				for k, o := range t.Formerly {
					names[k] = o.Name
				}
				e = append(e, strings.Join(names, ", "))
			}
			vocab = append(vocab, e)
			pos[i][t.Key] = j
		}
		c.Vocabs[i] = vocab
	}
	c.Title = make([]string, n)
	c.Slug = make([]string, n)
	at := func(m map[string]int, key string) int {
		if i, ok := m[key]; ok {
			return i
		}
		return -1
	}
	shards := map[string]map[string][]int{}
	for _, b := range allBuckets {
		shards[b] = map[string][]int{}
	}
	summaries := make([]string, n)
	for i, p := range ix.Profiles {
		c.Title[i] = p.Title
		c.Slug[i] = slugCode(p.Title, p.Slug)
		for j, d := range c.Dims {
			switch col := c.Cols[j].(type) {
			case []int:
				if d.Year {
					col[i] = p.Year
				} else {
					col[i] = at(pos[j], p.Value(d.Dimension))
				}
			case [][]int:
				vs := p.Values(d.Dimension)
				col[i] = make([]int, len(vs))
				for k, v := range vs {
					col[i][k] = at(pos[j], v)
				}
			}
		}
		summaries[i] = SearchSummary(p)
		for _, w := range strings.Fields(vntext.Fold(p.Title + " " + summaries[i])) {
			s := shards[bucketOf(w)]
			// Profiles are visited in order, so a word's list is sorted
			// and a repeat of it in this profile is its last entry.
			if l := s[w]; len(l) == 0 || l[len(l)-1] != i {
				s[w] = append(l, i)
			}
		}
	}

	out := &searchIndex{words: make(map[string][]byte, len(shards))}
	sum := sha256.New()
	for _, b := range allBuckets {
		m := shards[b]
		for w, l := range m {
			m[w] = deltas(l)
		}
		enc, err := json.Marshal(m) // map keys are sorted: deterministic
		if err != nil {
			return nil, err
		}
		out.words[b] = enc
		sum.Write(enc)
	}
	for lo := 0; lo < n; lo += summaryChunk {
		enc, err := json.Marshal(summaries[lo:min(lo+summaryChunk, n)])
		if err != nil {
			return nil, err
		}
		out.summaries = append(out.summaries, enc)
		sum.Write(enc)
	}
	body, err := json.Marshal(&c)
	if err != nil {
		return nil, err
	}
	sum.Write(body)
	c.Version = hex.EncodeToString(sum.Sum(nil)[:6])
	if out.catalogue, err = json.Marshal(&c); err != nil {
		return nil, err
	}
	return out, nil
}

// SearchSummary is p's summary as search results show it: cut to about
// summaryMax characters. The index matches the title and this text (and
// term names and the year), so every match is visible in a result.
func SearchSummary(p *content.Profile) string { return cut(p.Summary, summaryMax) }

// deltas rewrites a sorted list of profile numbers as the first number
// followed by the gaps, in place.
func deltas(l []int) []int {
	prev := 0
	for i, x := range l {
		l[i], prev = x-prev, x
	}
	return l
}

// cut shortens s to at most n characters, at a space when one is in the
// second half, and marks the cut with "…".
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := string([]rune(s)[:n])
	if i := strings.LastIndexByte(r, ' '); i > len(r)/2 {
		r = r[:i]
	}
	return strings.TrimRight(r, " ,;:–-") + "…"
}
