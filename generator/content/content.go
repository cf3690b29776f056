// Package content is the load and validate stage: it finds every profile
// under a site's content/ folder, splits front matter from the Markdown
// body, resolves vocabulary values, checks the body (its HTML is made
// when its page is rendered: Body), and reports every problem it finds
// with file and line.
//
// Load reads through an fs.FS rooted at the site, so tests use
// fstest.MapFS. The returned profiles are never modified afterwards; later
// stages only read them.
package content

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/adrg/frontmatter"
	"golang.org/x/text/unicode/norm"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/markdown"
	"github.com/guongsang/guongsang/generator/sitefs"
	"github.com/guongsang/guongsang/generator/vntext"
)

// Dir is the folder of a site that holds the profiles.
const Dir = "content"

// ProfilesPath is the URL path every profile lives under.
const ProfilesPath = "/ho-so/"

// Profile is one exemplar, individual or collective, after validation.
// Vocabulary fields hold keys. Strings are NFC.
type Profile struct {
	Path   string // site-relative source file, e.g. "content/ho-so/a.md"
	Bundle bool   // the file is index.md in its own folder
	Slug   string // ASCII URL segment
	URL    string // "/ho-so/<slug>/"
	Title  string
	// Terms holds the keys of the profile's values for each dimension,
	// aligned with config.Site.Dims: Terms[d.Index]. A year dimension's
	// value is the year in digits. Use Values and Value.
	Terms [][]string
	Year  int // the value of the year dimension; 0 when the site has none

	Summary    string    // the front matter's summary, else the first paragraph
	SummarySet bool      // Summary came from the front matter
	Date       time.Time // zero when not given
	// Lastmod is when the profile last changed: the last commit of its
	// file (Options.Modified), else the front matter's lastmod, else Date;
	// zero when none is known.
	Lastmod      time.Time
	Author       string
	Organization string
	SortName     string // what lists sort by: sort_name, else Title
	Photo        *Resource
	PhotoCaption string
	PhotoCredit  string
	Awards       []Award
	// Photos are the profile's other photos (front matter `photos:`),
	// each with its caption and credit, in the order written; the page
	// shows them after the body.
	Photos   []Photo
	Featured bool
	Draft    bool

	// Resources are files published beside the profile page: the photo
	// and, for a bundle, every other file in its folder.
	Resources []Resource
	// TitleLine is the line of the title in the file, 0 when unknown.
	TitleLine int
	// Images are the body's images that the site publishes (files of its
	// bundle, or of static/), in order, for the render stage to size.
	Images []BodyImage
	Body   Body // converted to HTML when its page is rendered
	Words  int
	// Hash fingerprints the source bytes and the one setting that changes
	// how they render (unsafe_html). It covers neither the path (which
	// decides the URL) nor site.yaml's vocabularies (which decide what the
	// values resolve to) nor the photo's or body images' files: equal
	// hashes mean equal profiles only for the same path in sites with the
	// same site.yaml and resources.
	Hash uint64
}

// Photo is one of a profile's other photos: the file and what is said
// under it.
type Photo struct {
	Resource
	Caption string
	Credit  string // who took it, as written ("Hồng Thi"); the theme adds "Ảnh:"
}

// Award is a commendation a profile lists.
type Award struct {
	Title    string
	Year     int // 0 when not given
	Issuer   string
	Decision string
}

// BodyImage is an image the body shows that the site publishes.
type BodyImage struct {
	Resource
	Attr string // its <img> src attribute as the body's HTML has it
}

// Resource is a file copied from the site into the output.
type Resource struct {
	Src string // site-relative source path
	URL string // output URL path
}

// Options changes what Load publishes.
type Options struct {
	// Drafts includes profiles marked draft: true. When false, drafts are
	// still checked but their problems are only warnings.
	Drafts bool
	// Now is the time "next year" is counted from for the year check; zero
	// means time.Now.
	Now time.Time
	// Modified holds the time of the last commit of each source file, by
	// site-relative path, when the site is a git repository; nil otherwise.
	Modified map[string]time.Time
	// DropBodies keeps no profile's Markdown in memory: Body.HTML reads
	// the file again. For a reader that renders each page once and soon
	// (a build), where a site's bodies would otherwise be most of its
	// memory; a long-lived reader (the preview), whose files change
	// while it holds the profiles, keeps them.
	DropBodies bool
}

// Set is the result of loading a site's content.
type Set struct {
	Profiles []*Profile // published profiles, ordered by source path
	Drafts   int        // drafts left out
	// Unpublished are the drafts left out, ordered by source path, for
	// collections that list them (LoadCollections).
	Unpublished []*Profile
}

// IsSource reports whether a site-relative path is a profile source file
// Load would read: a .md file under content/ whose name is not hidden,
// a backup or an editor temp file, and not under content/bo-suu-tap/
// (collections, see IsCollection).
func IsSource(p string) bool {
	if !strings.HasPrefix(p, Dir+"/") || !strings.HasSuffix(p, ".md") || strings.HasPrefix(p, CollectionsDir+"/") {
		return false
	}
	for _, seg := range strings.Split(p, "/") {
		if Ignored(seg) {
			return false
		}
	}
	return true
}

// Ignored reports whether a file or folder name is skipped everywhere:
// dot files, "_" files, and editor backup and temp files.
func Ignored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || strings.HasPrefix(name, "#") ||
		strings.HasSuffix(name, "~") || strings.HasSuffix(name, ".swp") || strings.HasSuffix(name, ".swx") ||
		strings.HasSuffix(name, ".tmp") || strings.HasSuffix(name, ".bak")
}

// Sources lists the profile source files under content/ in fsys, in
// lexical order.
func Sources(fsys fs.FS) ([]string, error) { return SourcesUnder(fsys, Dir) }

// SourcesUnder lists the profile source files under the folder dir of
// fsys (content/ or a folder in it), in lexical order, with the rules of
// Sources. A dir that does not exist has none.
func SourcesUnder(fsys fs.FS, dir string) ([]string, error) {
	var out []string
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipAll
			}
			return err
		}
		if d.IsDir() {
			if p != dir && Ignored(d.Name()) || p == CollectionsDir {
				return fs.SkipDir
			}
			return nil
		}
		if IsSource(p) {
			out = append(out, p)
		}
		return nil
	})
	return out, err
}

// Loader parses profile files for one site configuration. It is safe for
// concurrent use.
type Loader struct {
	fsys fs.FS
	site *config.Site
	opts Options
	md   *markdown.Converter
	// known lists every front-matter field, for "did you mean" hints:
	// the dimensions' fields and builtin.
	known []string
}

// NewLoader returns a Loader reading from fsys, a file system rooted at the
// site folder.
func NewLoader(fsys fs.FS, site *config.Site, opts Options) *Loader {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	l := &Loader{fsys: fsys, site: site, opts: opts, md: markdown.New(site.UnsafeHTML)}
	l.known = append(l.known, builtin[0])
	for _, d := range site.Dims {
		l.known = append(l.known, d.Field)
	}
	l.known = append(l.known, builtin[1:]...)
	return l
}

// Load reads and checks every profile under content/. Errors of every file
// are joined into err; warnings are returned separately. Load reads files in
// parallel but its result does not depend on timing.
func Load(fsys fs.FS, site *config.Site, opts Options) (*Set, []*diag.Error, error) {
	l := NewLoader(fsys, site, opts)
	paths, err := Sources(fsys)
	if err != nil {
		return nil, nil, &diag.Error{Path: Dir, Msg: i18n.ContentCannotList.T(i18n.Cause(err)), Err: err}
	}
	results := l.Files(paths)
	return Assemble(results, opts.Drafts)
}

// Files reads the files paths in parallel, with File; result i is
// paths[i]'s.
func (l *Loader) Files(paths []string) []FileResult {
	results := make([]FileResult, len(paths))
	// One long-lived worker per core rather than a goroutine per file:
	// parsing grows a goroutine's stack, and a new goroutine grew and
	// copied its stack again for every file.
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(paths)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(paths) {
					return
				}
				results[i].Profile, results[i].Errs = l.File(paths[i])
			}
		})
	}
	wg.Wait()
	return results
}

// FileResult is what Loader.File returned for one source file.
type FileResult struct {
	Profile *Profile
	Errs    diag.List
}

// Assemble joins the results of every source file, in source-path order,
// into a Set: drafts are counted and left out unless drafts is set, URL
// collisions are checked across files, and every file's problems are
// split into joined errors and warnings. Load and the preview's
// incremental rebuild both end here, so they publish the same profiles.
func Assemble(files []FileResult, drafts bool) (*Set, []*diag.Error, error) {
	var all diag.List
	set := &Set{}
	for i := range files {
		r := &files[i]
		all.Merge(&r.Errs)
		if r.Profile == nil {
			continue
		}
		if r.Profile.Draft && !drafts {
			set.Drafts++
			set.Unpublished = append(set.Unpublished, r.Profile)
			continue
		}
		set.Profiles = append(set.Profiles, r.Profile)
	}
	CheckURLs(set.Profiles, &all)
	CheckTitles(set.Profiles, &all)
	warnings, err := all.Split()
	return set, warnings, err
}

// CheckURLs reports profiles that would be published at the same URL,
// naming both files.
func CheckURLs(ps []*Profile, errs *diag.List) {
	seen := make(map[string]*Profile, len(ps))
	for _, p := range ps {
		if q, dup := seen[p.URL]; dup {
			errs.Add(&diag.Error{Path: p.Path, Line: 1, Field: "slug", Msg: i18n.ContentSameURL.T(q.Path, p.URL), Hint: i18n.ContentSameURLHint.T()})
			continue
		}
		seen[p.URL] = p
	}
}

var bom = []byte("\xef\xbb\xbf")

// MaxFileSize is the largest profile file Load reads. Real profiles are a
// few kilobytes; anything near this is a pasted image or a wrong file.
const MaxFileSize = 8 << 20

// File reads and checks one profile. It returns the profile (nil when it
// cannot be published) and every problem found in the file. A draft's
// problems are warnings unless drafts are published.
func (l *Loader) File(p string) (*Profile, diag.List) {
	var errs diag.List
	// The file is read into a pooled buffer: parse keeps nothing of it,
	// and at 100,000 profiles fresh buffers were 0.9 GB of garbage.
	bp := srcPool.Get().(*[]byte)
	src, size, err := sitefs.ReadFileLimit(l.fsys, p, MaxFileSize, *bp)
	defer func() {
		if cap(src) <= 1<<20 && cap(src) > cap(*bp) {
			*bp = src[:0]
		}
		srcPool.Put(bp)
	}()
	if err != nil {
		hint := ""
		if errors.Is(err, sitefs.ErrNotRegular) {
			hint = i18n.ContentNotRegular.T()
		}
		errs.Add(&diag.Error{Path: p, Msg: i18n.ContentCannotRead.T(i18n.Cause(err)), Hint: hint, Err: err})
		return nil, errs
	}
	if src == nil {
		errs.Add(&diag.Error{Path: p, Line: 1, Msg: i18n.ContentTooLarge.T(size>>20, MaxFileSize>>20), Hint: i18n.ContentTooLargeHint.T()})
		return nil, errs
	}
	prof := l.parse(p, src, &errs)
	if prof != nil && prof.Draft && !l.opts.Drafts {
		var demoted diag.List
		for _, e := range errs.Items() {
			c := *e
			if c.Sev == diag.SevError {
				c.Sev = diag.SevWarning
				c.Msg += i18n.ContentDraftSuffix.T()
			}
			demoted.Add(&c)
		}
		return prof, demoted
	}
	if hasErrors(&errs) {
		return nil, errs
	}
	return prof, errs
}

func hasErrors(l *diag.List) bool {
	for _, e := range l.Items() {
		if e.Sev == diag.SevError {
			return true
		}
	}
	return false
}

// builtin lists the front-matter fields every site has; the fields of
// the site's dimensions come beside them (Loader.known).
var builtin = []string{"title", "summary", "date", "lastmod",
	"author", "organization", "sort_name", "photo", "photo_caption", "photo_credit", "photos", "awards",
	"featured", "draft", "slug"}

// srcPool holds buffers for the bytes of profile files.
var srcPool = sync.Pool{New: func() any { return new([]byte) }}

// parse reads the profile p from src. The profile shares no memory with
// src, which the caller may reuse (TestParseKeepsNoSource).
func (l *Loader) parse(p string, src []byte, errs *diag.List) *Profile {
	if isUTF16(src) {
		errs.Add(&diag.Error{Path: p, Line: 1, Msg: i18n.EncUTF16.T(), Hint: i18n.EncSaveUTF8H.T()})
		return nil
	}
	src = bytes.TrimPrefix(src, bom)
	valid, nfc := vntext.CheckText(src)
	if !valid {
		line := 1 + bytes.Count(src[:firstInvalid(src)], []byte("\n"))
		errs.Add(&diag.Error{Path: p, Line: line, Msg: i18n.EncLegacy.T(), Hint: i18n.EncSaveUTF8H.T()})
		return nil
	}
	if !nfc {
		src = norm.NFC.Bytes(src)
	}
	if len(bytes.TrimSpace(src)) == 0 {
		errs.Add(&diag.Error{Path: p, Line: 1, Msg: i18n.ContentEmpty.T(), Hint: i18n.ContentEmptyHint.T()})
		return nil
	}

	first, opening := frontMatterStart(src)

	var fm *node
	var synErr error
	var raw []byte // the front matter's text, when it is YAML
	dataLine := first + 1
	capture := func(dec func([]byte, int) (*node, error), yml bool) frontmatter.UnmarshalFunc {
		return func(data []byte, _ any) error {
			fm, synErr = dec(data, dataLine)
			raw = nil
			if yml {
				raw = data
			}
			return nil
		}
	}
	formats := []*frontmatter.Format{
		frontmatter.NewFormat("---", "---", capture(decodeYAML, true)),
		frontmatter.NewFormat("---yaml", "---", capture(decodeYAML, true)),
		frontmatter.NewFormat("+++", "+++", capture(decodeTOML, false)),
		frontmatter.NewFormat("---toml", "---", capture(decodeTOML, false)),
		frontmatter.NewFormat(";;;", ";;;", capture(decodeJSON, false)),
		frontmatter.NewFormat("---json", "---", capture(decodeJSON, false)),
	}
	jsonFmt := &frontmatter.Format{Start: "{", End: "}", Unmarshal: func(data []byte, v any) error {
		dataLine = first
		return capture(decodeJSON, false)(data, v)
	}, UnmarshalDelims: true, RequiresNewLine: true}
	formats = append(formats, jsonFmt)

	// frontmatter copies everything it reads, the body included, through
	// a new bufio.Reader: when the front matter ends where the library
	// would find its end, give the format's unmarshal function the bytes
	// the library would give it (frontMatterSpan) and take the body from
	// src. Anything unusual goes through the library, whole file.
	var body []byte
	var err error
	if start, stop, head := frontMatterSpan(src, first, opening); head > 0 {
		for _, f := range formats {
			if f.Start == string(opening) {
				_ = f.Unmarshal(src[start:stop], nil) // capture keeps the error
				body = src[head:]
				break
			}
		}
	}
	if body == nil {
		body, err = frontmatter.MustParse(bytes.NewReader(src), nil, formats...)
	}
	if err != nil {
		if errors.Is(err, frontmatter.ErrNotFound) {
			switch string(opening) {
			case "---", "+++", ";;;", "---yaml", "---toml", "---json":
				if n, l := meantClosing(src, first); n > 0 {
					errs.Add(&diag.Error{Path: p, Line: n, Msg: i18n.ContentUnclosedAt.T(n, l), Hint: i18n.ContentUnclosedAtHint.T(closing(string(opening)))})
					break
				}
				errs.Add(&diag.Error{Path: p, Line: first, Msg: i18n.ContentUnclosed.T(), Hint: i18n.ContentUnclosedHint.T(closing(string(opening)))})
			default:
				errs.Add(&diag.Error{Path: p, Line: first, Msg: i18n.ContentNoFrontMatter.T(), Hint: i18n.ContentNoFrontMatterHint.T()})
			}
			return nil
		}
		errs.Add(&diag.Error{Path: p, Line: first, Msg: i18n.ContentFrontMatterRead.T(err), Err: err})
		return nil
	}
	bodyLine := 1 + bytes.Count(src[:len(src)-len(body)], []byte("\n"))
	if synErr != nil {
		var pe *posError
		if raw == nil || errors.As(synErr, &pe) {
			errs.Add(syntaxError(p, dataLine, synErr))
			return nil
		}
		l.recoverYAML(p, first, raw, dataLine, synErr, body, bodyLine, src, errs)
		return nil
	}
	return l.fields(p, first, fm, body, bodyLine, src, errs)
}

// frontMatterStart returns the 1-based line where the front matter of src
// starts and that line, trimmed: frontmatter skips blank lines first.
func frontMatterStart(src []byte) (first int, opening []byte) {
	first = 1
	rest := src
	for {
		line, after, found := bytes.Cut(rest, []byte("\n"))
		if len(bytes.TrimSpace(line)) != 0 || !found {
			break
		}
		first++
		rest = after
	}
	opening, _, _ = bytes.Cut(rest, []byte("\n"))
	return first, bytes.TrimSpace(opening)
}

// frontMatterEnd returns the offset just past the line that closes the
// front matter opened by the line opening at line first of src, found as
// adrg/frontmatter finds it (lines compared after trimming spaces; a JSON
// object's closing "}" must be followed by a blank line), or 0 when
// opening is not one this loader knows or it is never closed.
func frontMatterEnd(src []byte, first int, opening []byte) int {
	_, _, head := frontMatterSpan(src, first, opening)
	return head
}

// frontMatterSpan returns, besides frontMatterEnd's head, the bytes
// src[start:stop] that adrg/frontmatter gives the format's unmarshal
// function: the lines between the delimiters, or for a JSON object the
// lines from "{" to the blank line after "}" (TestFrontMatterSplit).
func frontMatterSpan(src []byte, first int, opening []byte) (start, stop, head int) {
	end := closing(string(opening))
	isJSON := string(opening) == "{"
	switch string(opening) {
	case "---", "---yaml", "---toml", "---json", "+++", ";;;":
	case "{":
		end = "}"
	default:
		return 0, 0, 0
	}
	off := 0
	for range first {
		start = off // the opening line, for JSON
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return 0, 0, 0
		}
		off += i + 1
	}
	if !isJSON {
		start = off
	}
	for off < len(src) {
		at := off
		line := src[off:]
		next := len(src)
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line, next = line[:i], off+i+1
		}
		off = next
		if string(bytes.TrimSpace(line)) != end {
			continue
		}
		if !isJSON {
			return start, at, off
		}
		// The line after "}" must be blank, else the library goes on.
		after := src[off:]
		if i := bytes.IndexByte(after, '\n'); i >= 0 {
			after = after[:i+1]
		}
		if len(bytes.TrimSpace(after)) == 0 {
			return start, off + len(after), off + len(after)
		}
	}
	return 0, 0, 0
}

func closing(open string) string {
	switch open {
	case "+++":
		return "+++"
	case ";;;":
		return ";;;"
	}
	return "---"
}

// isUTF16 reports whether src looks like text saved as UTF-16, as
// Notepad's "Unicode" encoding writes it: a UTF-16 byte-order mark, or a
// zero byte beside each of the first ASCII characters.
func isUTF16(src []byte) bool {
	if bytes.HasPrefix(src, []byte{0xff, 0xfe}) || bytes.HasPrefix(src, []byte{0xfe, 0xff}) {
		return true
	}
	return len(src) >= 4 && (src[1] == 0 && src[3] == 0 && src[0] != 0 || src[0] == 0 && src[2] == 0 && src[1] != 0)
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

func syntaxError(p string, dataLine int, err error) *diag.Error {
	var pe *posError
	if errors.As(err, &pe) {
		hint := pe.hint
		if hint == "" {
			hint = i18n.ContentSyntaxHint.T()
		}
		return &diag.Error{Path: p, Line: pe.line, Msg: pe.msg, Hint: hint, Err: err}
	}
	return &diag.Error{Path: p, Line: dataLine, Msg: i18n.YAMLInvalid.T(), Hint: i18n.YAMLInvalidHint.T(), Err: err}
}

// recoverYAML reports the YAML syntax error err in the front matter raw
// (whose first line is file line dataLine) and the errors it hides: it
// blanks the line at fault and parses again, up to ten times, then checks
// the fields that could be read, leaving out those whose lines were
// blanked. The profile is not published either way.
func (l *Loader) recoverYAML(p string, first int, raw []byte, dataLine int, err error, body []byte, bodyLine int, src []byte, errs *diag.List) {
	lines := bytes.Split(raw, []byte("\n"))
	dropped := map[string]bool{}
	blanked := map[int]bool{}
	var fm *node
	for range 10 {
		ln, msg, hint := config.ExplainYAML(bytes.Join(lines, []byte("\n")), dataLine-1, err)
		if blanked[ln] {
			return // the error is not on the line yaml.v3 names; said once is enough
		}
		errs.Add(&diag.Error{Path: p, Line: ln + dataLine - 1, Msg: msg, Hint: hint, Err: err})
		if ln < 1 || ln > len(lines) {
			return
		}
		blanked[ln] = true
		dropped[ownerKey(lines, ln-1)] = true
		lines[ln-1] = nil
		fm, err = decodeYAMLv3(bytes.Join(lines, []byte("\n")), dataLine)
		if err == nil {
			break
		}
		var pe *posError
		if errors.As(err, &pe) {
			errs.Add(syntaxError(p, dataLine, err))
			return
		}
	}
	if err != nil {
		return
	}
	var rest diag.List
	l.fields(p, first, fm, body, bodyLine, src, &rest)
	for _, e := range rest.Items() {
		f := e.Field
		if i := strings.IndexAny(f, ".["); i >= 0 {
			f = f[:i]
		}
		if !dropped[f] {
			errs.Add(e)
		}
	}
}

// ownerKey returns the top-level key that line i of the front matter
// belongs to: its own key, or that of the nearest line above it that
// starts at the left margin.
func ownerKey(lines [][]byte, i int) string {
	for ; i >= 0; i-- {
		l := lines[i]
		if len(l) == 0 || l[0] == ' ' || l[0] == '\t' || l[0] == '#' || l[0] == '-' {
			continue
		}
		k, _, _ := bytes.Cut(l, []byte(":"))
		return string(bytes.TrimSpace(k))
	}
	return ""
}

// fields checks the decoded front matter and builds the profile.
func (l *Loader) fields(p string, first int, fm *node, body []byte, bodyLine int, src []byte, errs *diag.List) *Profile {
	prof := &Profile{Path: p, Bundle: path.Base(p) == "index.md"}
	start := errs.Len()

	str := func(field string) (string, int) {
		v, line, ok := fm.get(field)
		if !ok || v.kind == nullNode {
			return "", line
		}
		switch t := v.value.(type) {
		case string:
			return cleanText(p, field, line, strings.TrimSpace(t), src, errs), line
		case int64:
			return strconv.FormatInt(t, 10), line
		case float64:
			return strconv.FormatFloat(t, 'f', -1, 64), line
		case time.Time:
			return t.Format("2006-01-02"), line
		}
		errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentMustBeText.T(describe(v)), Hint: i18n.ContentMustBeTextHint.T()})
		return "", line
	}
	boolean := func(field string) bool {
		v, line, ok := fm.get(field)
		if !ok || v.kind == nullNode {
			return false
		}
		if b, ok := v.value.(bool); ok {
			return b
		}
		if s, ok := v.value.(string); ok {
			switch vntext.Fold(s) {
			case "true", "co", "yes":
				return true
			case "false", "khong", "no":
				return false
			}
		}
		errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentMustBeBool.T(), Hint: i18n.ContentMustBeBoolHint.T(field)})
		return false
	}
	required := func(field, example string) (*node, int, bool) {
		v, line, ok := fm.get(field)
		if !ok || v.kind == nullNode || (v.kind == scalarNode && v.value == "") {
			if !ok {
				line = first
			}
			errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentRequired.T(), Hint: i18n.ContentRequiredHint.T(field + ": " + example)})
			return nil, line, false
		}
		return v, line, true
	}
	resolve := func(field string, v *node, line int, voc *config.Vocabulary) (string, bool) {
		s, ok := v.value.(string)
		if v.kind != scalarNode || !ok {
			errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentNotOneTerm.T(voc.List, describe(v))})
			return "", false
		}
		s = cleanText(p, field, line, strings.TrimSpace(s), src, errs)
		if t, ok := voc.Resolve(s); ok {
			return t.Key, true
		}
		hint := i18n.ContentUseTerm.T(voc.List)
		if t, ok := voc.Suggest(s); ok {
			hint = i18n.DidYouMeanTerm.T(t.Name, t.Key)
		}
		if voc.Field == "kind" {
			errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentNotKind.T(s), Hint: hint + "; " + i18n.ContentKindHint.T()})
		} else {
			errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentNotInList.T(s, voc.List), Hint: hint})
		}
		return "", false
	}

	prof.Title, prof.TitleLine = str("title")
	if prof.Title == "" {
		required("title", `"Họ và tên, hoặc tên tập thể"`)
	}
	l.dims(p, fm, prof, required, resolve, errs)
	prof.Summary, _ = str("summary")
	prof.SummarySet = prof.Summary != ""
	dateLine := 0
	if v, line, ok := fm.get("date"); ok && v.kind != nullNode {
		prof.Date = l.date(p, "date", v, line, errs)
		dateLine = line
	}
	if v, line, ok := fm.get("lastmod"); ok && v.kind != nullNode {
		prof.Lastmod = l.date(p, "lastmod", v, line, errs)
	}
	if t, ok := l.opts.Modified[p]; ok {
		prof.Lastmod = t
	} else if prof.Lastmod.IsZero() {
		prof.Lastmod = prof.Date
	}
	prof.Author, _ = str("author")
	prof.Organization, _ = str("organization")
	prof.SortName, _ = str("sort_name")
	if prof.SortName == "" {
		prof.SortName = prof.Title
	}
	prof.PhotoCaption, _ = str("photo_caption")
	prof.PhotoCredit, _ = str("photo_credit")
	prof.Featured = boolean("featured")
	prof.Draft = boolean("draft")

	slug, slugLine := str("slug")
	if slug != "" {
		prof.Slug = vntext.Slug(slug)
		if prof.Slug == "" {
			errs.Add(&diag.Error{Path: p, Line: slugLine, Field: "slug", Msg: i18n.ContentSlugEmpty.T(slug), Hint: i18n.ContentSlugEmptyHint.T()})
		}
	} else {
		base := strings.TrimSuffix(path.Base(p), ".md")
		if prof.Bundle {
			base = path.Base(path.Dir(p))
		}
		prof.Slug = vntext.Slug(base)
		if prof.Slug == "" {
			errs.Add(&diag.Error{Path: p, Line: first, Field: "slug", Msg: i18n.ContentFileNameEmpty.T(base), Hint: i18n.ContentFileNameEmptyHint.T()})
		}
	}
	prof.URL = ProfilesPath + prof.Slug + "/"

	if v, line, ok := fm.get("awards"); ok && v.kind != nullNode {
		prof.Awards = l.awards(p, v, line, errs)
	}
	photo, photoLine := str("photo")
	if photo != "" {
		prof.Photo = l.photo(p, "photo", photo, photoLine, prof, errs)
	}
	if v, line, ok := fm.get("photos"); ok && v.kind != nullNode {
		prof.Photos = l.photos(p, v, line, prof, errs)
	}
	if prof.Bundle {
		prof.Resources = append(prof.Resources, l.bundleFiles(p, prof, errs)...)
	}
	if prof.Photo != nil && !slices.Contains(prof.Resources, *prof.Photo) && strings.HasPrefix(prof.Photo.URL, prof.URL) {
		prof.Resources = append(prof.Resources, *prof.Photo)
	}
	for _, ph := range prof.Photos {
		if !slices.Contains(prof.Resources, ph.Resource) && strings.HasPrefix(ph.URL, prof.URL) {
			prof.Resources = append(prof.Resources, ph.Resource)
		}
	}

	for i, k := range fm.keys {
		if slices.Contains(l.known, k) {
			continue
		}
		hint := i18n.ContentUnknownFieldHint.T()
		if j := vntext.Closest(k, l.known); j >= 0 {
			hint = i18n.DidYouMean.T(l.known[j])
		}
		errs.Add(&diag.Error{Path: p, Line: fm.klines[i], Field: k, Msg: i18n.ContentUnknownField.T(), Hint: hint, Sev: diag.SevWarning})
	}

	if errs.Len() > start && hasErrors(errs) {
		return prof
	}
	res := l.md.Inspect(body, prof.Summary == "")
	if !l.site.UnsafeHTML {
		for _, h := range res.RawHTML {
			errs.Add(&diag.Error{Path: p, Line: bodyLine - 1 + h.Line, Sev: diag.SevWarning,
				Msg: i18n.ContentRawHTML.T(h.Tag), Hint: i18n.ContentRawHTMLHint.T()})
		}
	}
	checkSamples(p, prof, body, bodyLine, src, dateLine, errs)
	for _, im := range res.RemoteImages {
		errs.Add(&diag.Error{Path: p, Line: bodyLine - 1 + im.Line, Msg: i18n.ContentRemoteImage.T(im.URL), Hint: i18n.ContentRemoteImageHint.T()})
	}
	prof.Hash = hash(src, l.site.UnsafeHTML)
	prof.Body = l.body(p, src, body, prof.Hash)
	prof.Images = l.bodyImages(prof, res.LocalImages)
	prof.Words = res.Words
	if prof.Summary == "" {
		prof.Summary = truncate(res.FirstParagraph, 300)
	}
	return prof
}

// bodyImages finds the published files the body's images show: a path
// is relative to the profile's page, as the browser reads it.
func (l *Loader) bodyImages(prof *Profile, imgs []markdown.LocalImage) []BodyImage {
	var out []BodyImage
	for _, li := range imgs {
		d, err := url.PathUnescape(li.Dest)
		if err != nil {
			d = li.Dest
		}
		if strings.HasPrefix(d, "/") {
			u := path.Clean(d)
			if fi, err := fs.Stat(l.fsys, "static"+u); err == nil && fi.Mode().IsRegular() {
				out = append(out, BodyImage{Resource{Src: "static" + u, URL: u}, li.Attr})
			}
			continue
		}
		u := path.Join(prof.URL, d)
		for _, r := range prof.Resources {
			if r.URL == u {
				out = append(out, BodyImage{r, li.Attr})
				break
			}
		}
	}
	return out
}

func exampleKey(v *config.Vocabulary) string {
	if v == nil || len(v.Terms) == 0 {
		return "…"
	}
	return v.Terms[0].Key
}

func describe(v *node) string {
	switch v.kind {
	case listNode:
		return i18n.ContentDescList.T()
	case mapNode:
		return i18n.ContentDescGroup.T()
	case nullNode:
		return i18n.ContentDescEmpty.T()
	}
	switch t := v.value.(type) {
	case bool:
		return strconv.FormatBool(t)
	case int64, float64:
		return i18n.ContentDescNumber.T(fmt.Sprint(t))
	case time.Time:
		return i18n.ContentDescDate.T()
	case string:
		return strconv.Quote(t)
	}
	return i18n.ContentDescValue.T()
}

// thousands matches a year written with a thousands separator, as
// Vietnamese writes quantities: 2.020, 2,020.
var thousands = regexp.MustCompile(`^\d{1,2}[.,]\d{3}$`)

func (l *Loader) year(p, field string, v *node, line int, errs *diag.List) int {
	written, _ := v.value.(string)
	if v.raw != "" {
		written = v.raw
	}
	if written = strings.TrimSpace(written); thousands.MatchString(written) {
		y, _ := strconv.Atoi(strings.NewReplacer(".", "", ",", "").Replace(written))
		errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentYearDotted.T(written), Hint: i18n.ContentYearDottedHint.T(y, field)})
		return 0
	}
	var y int64
	switch t := v.value.(type) {
	case int64:
		y = t
	case string:
		n, err := strconv.ParseInt(strings.TrimSpace(t), 10, 64)
		if err != nil {
			errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentYearDigits.T(describe(v)), Hint: i18n.ContentYearDigitsHint.T(field)})
			return 0
		}
		y = n
	default:
		errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentYearDigits.T(describe(v)), Hint: i18n.ContentYearDigitsHint.T(field)})
		return 0
	}
	next := l.opts.Now.Year() + 1
	if y < 1945 || y > int64(next) {
		errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentYearRange.T(y, next), Hint: i18n.ContentYearRangeHint.T(next)})
		return 0
	}
	return int(y)
}

var dateLayouts = []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "02/01/2006", "2/1/2006"}

func (l *Loader) date(p, field string, v *node, line int, errs *diag.List) time.Time {
	switch t := v.value.(type) {
	case time.Time:
		return t
	case string:
		s := strings.TrimSpace(t)
		for _, layout := range dateLayouts {
			if d, err := time.Parse(layout, s); err == nil {
				return d
			}
		}
		errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentDateInvalid.T(s), Hint: i18n.ContentDateInvalidHint.T(field)})
	default:
		errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentDateType.T(describe(v)), Hint: i18n.ContentDateTypeHint.T(field)})
	}
	return time.Time{}
}

func (l *Loader) awards(p string, v *node, line int, errs *diag.List) []Award {
	if v.kind != listNode {
		errs.Add(&diag.Error{Path: p, Line: line, Field: "awards", Msg: i18n.ContentAwardsList.T(), Hint: i18n.ContentAwardsListHint.T()})
		return nil
	}
	var out []Award
	for i, it := range v.items {
		ln := it.line
		if ln == 0 {
			ln = line
		}
		field := fmt.Sprintf("awards[%d]", i+1)
		if it.kind == scalarNode {
			if s, ok := it.value.(string); ok && strings.TrimSpace(s) != "" {
				out = append(out, Award{Title: strings.TrimSpace(s)})
				continue
			}
		}
		if it.kind != mapNode {
			errs.Add(&diag.Error{Path: p, Line: ln, Field: field, Msg: i18n.ContentAwardItem.T(), Hint: i18n.ContentAwardItemHint.T()})
			continue
		}
		var a Award
		for j, k := range it.keys {
			c, kl := it.vals[j], it.klines[j]
			s, _ := c.value.(string)
			switch k {
			case "title":
				a.Title = strings.TrimSpace(s)
			case "issuer":
				a.Issuer = strings.TrimSpace(s)
			case "decision":
				a.Decision = strings.TrimSpace(s)
			case "year":
				a.Year = l.year(p, field+".year", c, kl, errs)
			default:
				hint := i18n.ContentAwardFieldsHint.T()
				if m := vntext.Closest(k, []string{"title", "year", "issuer", "decision"}); m >= 0 {
					hint = i18n.DidYouMean.T([]string{"title", "year", "issuer", "decision"}[m])
				}
				errs.Add(&diag.Error{Path: p, Line: kl, Field: field + "." + k, Msg: i18n.ContentUnknownField.T(), Hint: hint, Sev: diag.SevWarning})
			}
		}
		if a.Title == "" && a.Issuer == "" && a.Decision == "" {
			continue // an unfilled placeholder, as `guongsang new` writes
		}
		if a.Title == "" {
			errs.Add(&diag.Error{Path: p, Line: ln, Field: field + ".title", Msg: i18n.ContentRequired.T(), Hint: i18n.ContentAwardTitleHint.T()})
			continue
		}
		out = append(out, a)
	}
	return out
}

// ImageExts are the photo formats a profile may use.
var ImageExts = []string{".jpg", ".jpeg", ".png", ".svg", ".webp", ".gif"}

// photos reads the list of a profile's other photos: each item a file
// name, or a map of file, caption and credit.
func (l *Loader) photos(p string, v *node, line int, prof *Profile, errs *diag.List) []Photo {
	if v.kind != listNode {
		errs.Add(&diag.Error{Path: p, Line: line, Field: "photos", Msg: i18n.ContentPhotosList.T(), Hint: i18n.ContentPhotosHint.T()})
		return nil
	}
	var out []Photo
	for i, it := range v.items {
		ln := it.line
		if ln == 0 {
			ln = line
		}
		field := fmt.Sprintf("photos[%d]", i+1)
		var ph Photo
		var file string
		switch it.kind {
		case scalarNode:
			file, _ = it.value.(string)
		case mapNode:
			for j, k := range it.keys {
				s, _ := it.vals[j].value.(string)
				switch k {
				case "file":
					file, ln = s, it.klines[j]
				case "caption":
					ph.Caption = strings.TrimSpace(s)
				case "credit":
					ph.Credit = strings.TrimSpace(s)
				default:
					hint := i18n.ContentPhotosHint.T()
					if m := vntext.Closest(k, []string{"file", "caption", "credit"}); m >= 0 {
						hint = i18n.DidYouMean.T([]string{"file", "caption", "credit"}[m])
					}
					errs.Add(&diag.Error{Path: p, Line: it.klines[j], Field: field + "." + k, Msg: i18n.ContentUnknownField.T(), Hint: hint, Sev: diag.SevWarning})
				}
			}
		default:
			errs.Add(&diag.Error{Path: p, Line: ln, Field: field, Msg: i18n.ContentPhotosItem.T(), Hint: i18n.ContentPhotosHint.T()})
			continue
		}
		if file = strings.TrimSpace(file); file == "" {
			if ph.Caption != "" || ph.Credit != "" {
				errs.Add(&diag.Error{Path: p, Line: ln, Field: field + ".file", Msg: i18n.ContentRequired.T(), Hint: i18n.ContentPhotosHint.T()})
			}
			continue
		}
		if r := l.photo(p, field, file, ln, prof, errs); r != nil {
			ph.Resource = *r
			out = append(out, ph)
		}
	}
	return out
}

func (l *Loader) photo(p, field, photo string, line int, prof *Profile, errs *diag.List) *Resource {
	ext := strings.ToLower(path.Ext(photo))
	if !slices.Contains(ImageExts, ext) {
		errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentPhotoType.T(photo), Hint: i18n.ContentPhotoTypeHint.T()})
		return nil
	}
	if strings.Contains(photo, "\\") || strings.Contains(photo, "://") {
		errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentPhotoSlash.T(photo), Hint: i18n.ContentPhotoBesideHint.T()})
		return nil
	}
	var src, url string
	if strings.HasPrefix(photo, "/") {
		// Site-absolute: a file under static/, published at the same path.
		src = path.Clean("static" + photo)
		url = path.Clean(photo)
	} else {
		// The photo is published at its path under the profile's folder,
		// sub-folders kept, as its bundle publishes it: the page shows
		// the very file the writer named, and two files cannot share an
		// address. A photo from outside the folder goes under "_/", a
		// name bundle files never have (Ignored).
		src = path.Join(path.Dir(p), photo)
		if rel, ok := strings.CutPrefix(src, path.Dir(p)+"/"); ok {
			url = prof.URL + rel
		} else {
			url = prof.URL + "_/" + strings.TrimPrefix(src, Dir+"/")
		}
	}
	if !fs.ValidPath(src) || !strings.HasPrefix(src, Dir+"/") && !strings.HasPrefix(src, "static/") {
		errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentPhotoOutside.T(photo), Hint: i18n.ContentPhotoBesideHint.T()})
		return nil
	}
	fi, err := fs.Stat(l.fsys, src)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentPhotoUnusable.T(src, i18n.Cause(err)), Hint: i18n.ContentPhotoUnusableHint.T(), Err: err})
		return nil
	}
	if err != nil || fi.IsDir() {
		hint := i18n.ContentPhotoMissingHint.T()
		if ents, err := fs.ReadDir(l.fsys, path.Dir(src)); err == nil {
			var names []string
			for _, e := range ents {
				if slices.Contains(ImageExts, strings.ToLower(path.Ext(e.Name()))) {
					names = append(names, e.Name())
				}
			}
			if i := vntext.Closest(path.Base(src), names); i >= 0 {
				hint = i18n.DidYouMean.T(names[i])
			}
		}
		errs.Add(&diag.Error{Path: p, Line: line, Field: field, Msg: i18n.ContentPhotoMissing.T(src), Hint: hint})
		return nil
	}
	if ext == ".svg" && !prof.Bundle && l.unsafeSVG(src, 0, errs) {
		return nil
	}
	return &Resource{Src: src, URL: url}
}

// BundleExts are the files other than images that a bundle publishes
// beside its profile. Anything else (HTML, scripts, XML) could run script
// in the site's origin, so it is refused.
var BundleExts = []string{".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt", ".ods", ".ppt", ".pptx", ".txt", ".csv",
	".mp3", ".m4a", ".ogg", ".mp4", ".webm"}

var svgScript = regexp.MustCompile(`(?i)<script|<foreignobject|javascript:|<iframe|<embed|<object|\son[a-z]+\s*=`)

// unsafeSVG reports, as an error on the SVG file itself, an SVG that
// carries script: opened on its own, an SVG runs its scripts in the site's
// origin, and no page's Content-Security-Policy covers it.
func (l *Loader) unsafeSVG(p string, line int, errs *diag.List) bool {
	data, err := fs.ReadFile(l.fsys, p)
	if err != nil {
		return false // reported where the file is read
	}
	if m := svgScript.Find(data); m != nil {
		errs.Add(&diag.Error{Path: p, Line: 1 + bytes.Count(data[:bytes.Index(data, m)], []byte("\n")),
			Msg:  i18n.ContentSVGScript.T(strings.TrimSpace(string(m))),
			Hint: i18n.ContentSVGScriptHint.T()})
		return true
	}
	return false
}

// bundleFiles lists the non-Markdown files beside a bundle's index.md.
func (l *Loader) bundleFiles(p string, prof *Profile, errs *diag.List) []Resource {
	dir := path.Dir(p)
	var out []Resource
	err := fs.WalkDir(l.fsys, dir, func(q string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if q == dir {
			return nil
		}
		if Ignored(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if _, err := fs.Stat(l.fsys, q+"/index.md"); err == nil {
				return fs.SkipDir // a nested bundle owns its files
			}
			return nil
		}
		if strings.HasSuffix(q, ".md") || !d.Type().IsRegular() {
			return nil
		}
		ext := strings.ToLower(path.Ext(q))
		if !slices.Contains(ImageExts, ext) && !slices.Contains(BundleExts, ext) {
			errs.Add(&diag.Error{Path: q, Msg: i18n.ContentBundleFile.T(ext), Hint: i18n.ContentBundleFileHint.T()})
			return nil
		}
		if ext == ".svg" && l.unsafeSVG(q, 0, errs) {
			return nil
		}
		out = append(out, Resource{Src: q, URL: prof.URL + strings.TrimPrefix(q, dir+"/")})
		return nil
	})
	if err != nil {
		errs.Add(&diag.Error{Path: p, Msg: i18n.ContentBundleList.T(i18n.Cause(err)), Err: err})
	}
	return out
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	if i := strings.LastIndexByte(string(r), ' '); i > n/2 {
		return string(r)[:i] + "…"
	}
	return string(r) + "…"
}

var seed = maphash.MakeSeed()

// hash identifies a profile's source within this process.
func hash(src []byte, unsafeHTML bool) uint64 {
	h := maphash.Bytes(seed, src)
	if unsafeHTML {
		h = ^h
	}
	return h
}

// Lastmod0 returns Lastmod, or Date0 when it is zero: when the profile
// last changed, for feeds and the sitemap.
func (p *Profile) Lastmod0() time.Time {
	if !p.Lastmod.IsZero() {
		return p.Lastmod
	}
	return p.Date0()
}

// Date0 returns the profile's date, or 1 January of its year when it has
// none, for ordering by recency.
func (p *Profile) Date0() time.Time {
	if !p.Date.IsZero() {
		return p.Date
	}
	return time.Date(p.Year, 1, 1, 0, 0, 0, 0, time.UTC)
}
