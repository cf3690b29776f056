package render

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"html/template"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/themes"
)

// Theme is a parsed theme: one template set per page kind, and the static
// files to publish. Templates are parsed once and executed concurrently.
type Theme struct {
	pages    map[string]*template.Template // page kind → template whose "base" renders the page
	partials *template.Template            // base and partials, for rendering a card alone
	Static   []StaticFile
	// Key fingerprints every template and static file of the theme, the
	// site's overrides included: two themes with equal keys render equal
	// bytes.
	Key uint64
	// Brand is the theme's brand colour, "#rrggbb": --brand in its
	// stylesheets (brandOf), for theme-color, the manifest and the icons.
	Brand    string
	assets   map[string]string // URL of a stylesheet or script → its fingerprinted URL (Fingerprint)
	assetKey uint64            // a hash of assets, for the keys of HTML jobs
	// fragments holds the output of the "fact" and "badge" partials by
	// what they were given (fragment).
	fragments sync.Map
	// words are the theme's words by name, for {{t}} (word), and own
	// the site's wording of some of them (WordsFile).
	words map[string]*i18n.Msg
	own   map[*i18n.Msg]string
}

// StaticFile is a theme or site file copied as is to the output.
type StaticFile struct {
	FS   fs.FS
	Src  string // path in FS
	Path string // output path, slash-separated, no leading slash
}

// PageKinds are the page templates a theme provides, as layouts/<kind>.html.
var PageKinds = []string{"home", "profile", "list", "terms", "404", "search", "stats", "data", "collections", "book"}

// overlay serves a site's theme folder first and the embedded default
// second, file by file.
type overlay struct {
	site fs.FS // may be nil
	base fs.FS
}

func (o overlay) Open(name string) (fs.File, error) {
	if o.site != nil {
		if f, err := o.site.Open(name); err == nil {
			return f, nil
		}
	}
	return o.base.Open(name)
}

// origin says which layer a file comes from, for error messages.
func (o overlay) origin(name, themeDir string) string {
	if o.site != nil {
		if _, err := fs.Stat(o.site, name); err == nil {
			return themeDir + "/" + name
		}
	}
	return "themes/default/" + name + " (built in)"
}

func (o overlay) glob(dir, ext string) []string {
	seen := map[string]bool{}
	for _, fsys := range []fs.FS{o.site, o.base} {
		if fsys == nil {
			continue
		}
		_ = fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if !d.IsDir() && strings.HasSuffix(p, ext) && !strings.HasPrefix(d.Name(), ".") {
				seen[p] = true
			}
			return nil
		})
	}
	out := make([]string, 0, len(seen))
	for p := range seen {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// LoadTheme parses the theme named name. siteFS is the site folder; a
// folder themes/<name>/ in it overrides the built-in default theme file by
// file. A name other than "default" must exist in the site.
func LoadTheme(siteFS fs.FS, name string) (*Theme, error) {
	base, err := fs.Sub(themes.Default, "default")
	if err != nil {
		return nil, err
	}
	themeDir := "themes/" + name
	var site fs.FS
	if siteFS != nil {
		if fi, err := fs.Stat(siteFS, themeDir); err == nil && fi.IsDir() {
			site, _ = fs.Sub(siteFS, themeDir)
		} else if name != "default" {
			return nil, &diag.Error{Path: "site.yaml", Field: "theme", Msg: i18n.ThemeNotFound.T(name, themeDir),
				Hint: i18n.ThemeNotFoundHint.T()}
		}
	}
	o := overlay{site: site, base: base}
	var errs []error
	key := fnv.New64a()
	th := &Theme{pages: map[string]*template.Template{}, words: i18n.ThemeWords, Brand: brandOf(o)}
	parse := func(t *template.Template, name string) {
		data, err := fs.ReadFile(o, name)
		if err != nil {
			errs = append(errs, &diag.Error{Path: o.origin(name, themeDir), Msg: i18n.ThemeCannotRead.T(i18n.Cause(err)), Err: err})
			return
		}
		fmt.Fprintf(key, "%s\x00%d\x00", name, len(data))
		key.Write(data)
		if _, err := t.New(name).Parse(string(data)); err != nil {
			errs = append(errs, &diag.Error{Path: o.origin(name, themeDir), Msg: i18n.ThemeSyntax.T(strings.TrimPrefix(err.Error(), "template: ")),
				Hint: i18n.ThemeSyntaxHint.T(), Err: err})
			return
		}
		// Every template the file defines: an unknown word is reported
		// now, with its line, not when (and if) a page reaches it.
		for _, d := range t.Templates() {
			if d.Tree != nil && d.Tree.ParseName == name {
				errs = append(errs, th.checkWords(d.Tree, o.origin(name, themeDir))...)
			}
		}
	}
	root := template.New("").Funcs(funcs).Funcs(template.FuncMap{"card": th.card, "cards": th.cards, "partialCached": th.partialCached, "asset": th.asset,
		"hasAsset": th.hasAsset, "brandColor": func() string { return th.Brand }, "facts": th.facts, "badges": th.badges, "t": th.word})
	var wordErrs []error // reported with the templates' errors, after them
	// The site's wording of the theme's words, before the templates: a
	// site only rewords words the catalog has, so the templates' names
	// are checked against the catalog alone.
	if site != nil {
		switch data, err := fs.ReadFile(site, WordsFile); {
		case err == nil:
			fmt.Fprintf(key, "%s\x00%d\x00", WordsFile, len(data))
			key.Write(data)
			th.own, wordErrs = parseWords(themeDir+"/"+WordsFile, data, th.words)
		case !errors.Is(err, fs.ErrNotExist):
			wordErrs = append(wordErrs, &diag.Error{Path: themeDir + "/" + WordsFile, Msg: i18n.ThemeCannotRead.T(i18n.Cause(err)), Err: err})
		}
	}
	parse(root, "layouts/base.html")
	for _, p := range o.glob("layouts/partials", ".html") {
		parse(root, p)
	}
	if len(errs) == 0 {
		var err error
		if th.partials, err = root.Clone(); err != nil {
			return nil, err
		}
		for _, kind := range PageKinds {
			t, err := root.Clone()
			if err != nil {
				return nil, err
			}
			parse(t, "layouts/"+kind+".html")
			th.pages[kind] = t
		}
	}
	errs = append(errs, wordErrs...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	for _, p := range o.glob("static", "") {
		fsys := base
		if site != nil {
			if _, err := fs.Stat(site, p); err == nil {
				fsys = site
			}
		}
		th.Static = append(th.Static, StaticFile{FS: fsys, Src: p, Path: strings.TrimPrefix(p, "static/")})
		// Pages may name a static file by its bytes (a fingerprinted
		// stylesheet), so its bytes are part of the key. A theme holds a
		// few small files.
		if data, err := fs.ReadFile(fsys, p); err == nil {
			fmt.Fprintf(key, "%s\x00%d\x00", p, len(data))
			key.Write(data)
		}
	}
	th.Key = key.Sum64()
	return th, nil
}

// Fingerprint publishes each of the theme's stylesheets and scripts a
// second time under a name with a hash of its bytes, "css/site.css" as
// "css/site.1a2b3c4d5e.css", and makes {{asset "/css/site.css"}} in
// templates give that name. A changed file gets a new name, so servers
// can tell browsers to keep these files for a year (docs/deploy.md). The
// plain names stay published for templates that write them directly.
// Fingerprint is for published builds; the preview leaves it off so a
// stylesheet edit is swapped in without a reload. Call it before
// rendering; it is not safe for concurrent use.
func (th *Theme) Fingerprint() error {
	assets := map[string]string{}
	var add []StaticFile
	h := newHasher()
	h.reset("assets")
	for _, st := range th.Static {
		ext := path.Ext(st.Path)
		if ext != ".css" && ext != ".js" {
			continue
		}
		b, err := fs.ReadFile(st.FS, st.Src)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		out := strings.TrimSuffix(st.Path, ext) + "." + hex.EncodeToString(sum[:5]) + ext
		assets["/"+st.Path] = "/" + out
		add = append(add, StaticFile{FS: st.FS, Src: st.Src, Path: out})
		h.str(out)
	}
	th.Static = append(th.Static, add...)
	th.assets, th.assetKey = assets, h.sum()
	return nil
}

// asset returns the fingerprinted URL of the theme file at u, or u when
// it has none (see Fingerprint).
func (th *Theme) asset(u string) string {
	if a, ok := th.assets[u]; ok {
		return a
	}
	return u
}

var funcs = template.FuncMap{
	"add": func(a, b int) int { return a + b },
	"pct": func(n, max int) string {
		if max == 0 {
			return "0"
		}
		return fmt.Sprintf("%.1f", float64(n)*100/float64(max))
	},
	"base": path.Base,
	// num writes a count the Vietnamese way, 2.000, whatever language
	// the command speaks (siteNumber).
	"num": siteNumber,
	// scriptWords are the scripts' sentences from the catalog
	// (scriptwords.go).
	"scriptWords": func() template.JS { return scriptWords() },
}

// card renders the "card" partial for c, once per card and theme: a
// profile's card appears on many pages (every list it is in, related
// blocks, home), and executing it again each time was the largest part of
// rendering list pages. Templates call {{card .}}; the bytes are those
// {{template "card" .}} would write. Concurrent calls may both render; the
// result is the same.
func (th *Theme) card(c *Card) (template.HTML, error) {
	if h := c.html.Load(); h != nil && h.th == th {
		return h.html, nil
	}
	var b strings.Builder
	if err := th.partials.ExecuteTemplate(&b, "card", c); err != nil {
		return "", err
	}
	h := &cardHTML{th: th, html: template.HTML(b.String())}
	c.html.Store(h)
	return h.html, nil
}

// cards is card for a list, the cards joined by newlines: one call from
// a template instead of two (card, then the escaper html/template adds)
// per card, which were most of the time of a list page.
func (th *Theme) cards(cs []*Card) (template.HTML, error) {
	hs := make([]template.HTML, len(cs))
	n := len(cs)
	for i, c := range cs {
		h, err := th.card(c)
		if err != nil {
			return "", err
		}
		hs[i] = h
		n += len(h)
	}
	var b strings.Builder
	b.Grow(n)
	for i, h := range hs {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(string(h))
	}
	return template.HTML(b.String()), nil
}

// partialCached executes the template name with data once per build and
// combination of variants, as Hugo's function of that name does, and
// returns the result for every later call: {{partialCached "site-header"
// . .Kind}} renders the header once per page kind instead of on every
// page. The template's output must depend on nothing but the site and
// the variants. data must be the page (.); with anything else the
// template is executed on every call.
func (th *Theme) partialCached(name string, data any, variants ...any) (template.HTML, error) {
	var cache *sync.Map
	if p, ok := data.(*Page); ok && p.Site != nil {
		cache = &p.Site.partials
	}
	key := name
	for _, v := range variants {
		key += "\x00" + fmt.Sprint(v) // "a"+"bc" and "ab"+"c" stay apart
	}
	if cache != nil {
		if h, ok := cache.Load(key); ok {
			return h.(template.HTML), nil
		}
	}
	var b strings.Builder
	if err := th.partials.ExecuteTemplate(&b, name, data); err != nil {
		return "", err
	}
	h := template.HTML(b.String())
	if cache != nil {
		cache.Store(key, h)
	}
	return h, nil
}

// facts renders the "fact" partial for each of fs and joins the results:
// {{facts .Facts}} writes what {{range .Facts}}{{template "fact" .}}{{end}}
// would. A fact's output depends only on the fact, and a site's profiles
// share most of them (the same district, year, criteria), so each
// distinct fact is rendered once per theme: a profile page's facts were a
// fifth of its template's calls through reflection.
func (th *Theme) facts(fs []Fact) (template.HTML, error) {
	var b strings.Builder
	for i := range fs {
		f := &fs[i]
		k := fragmentKey{name: "fact", head: f.Name + "\x00" + f.Dim, multiple: f.Multiple}
		k.links = linksKey(f.Links)
		h, err := th.fragment(k, f)
		if err != nil {
			return "", err
		}
		b.WriteString(string(h))
	}
	return template.HTML(b.String()), nil
}

// badges is facts for the "badge" partial and a profile's badges.
func (th *Theme) badges(ls []Link) (template.HTML, error) {
	var b strings.Builder
	for i := range ls {
		h, err := th.fragment(fragmentKey{name: "badge", links: linksKey(ls[i : i+1])}, &ls[i])
		if err != nil {
			return "", err
		}
		b.WriteString(string(h))
	}
	return template.HTML(b.String()), nil
}

// fragmentKey is everything a "fact" or "badge" partial is given.
type fragmentKey struct {
	name     string
	head     string
	multiple bool
	links    string
}

// linksKey is every field of ls, unambiguously joined.
func linksKey(ls []Link) string {
	var b strings.Builder
	for _, l := range ls {
		b.WriteString(l.Name)
		b.WriteByte(0)
		b.WriteString(l.URL)
		b.WriteByte(0)
		b.WriteString(l.Dim)
		b.WriteByte(0)
		b.WriteString(strconv.Itoa(l.Count))
		if l.Current {
			b.WriteByte('*')
		}
		b.WriteByte(1)
	}
	return b.String()
}

// fragment returns the partial k.name executed with data, which k
// describes entirely, from the theme's cache when it was rendered before.
// Concurrent calls may both render; the result is the same.
func (th *Theme) fragment(k fragmentKey, data any) (template.HTML, error) {
	if h, ok := th.fragments.Load(k); ok {
		return h.(template.HTML), nil
	}
	var b strings.Builder
	if err := th.partials.ExecuteTemplate(&b, k.name, data); err != nil {
		return "", err
	}
	h := template.HTML(b.String())
	th.fragments.Store(k, h)
	return h, nil
}

// cardHTML is a card rendered with one theme.
type cardHTML struct {
	th   *Theme
	html template.HTML
}

// siteNumber formats a count for the published site, which is
// Vietnamese: 2.000 even under --lang en.
func siteNumber(n int) string { return i18n.NumberIn(i18n.Vi, n) }
