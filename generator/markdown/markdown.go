// Package markdown converts a profile's Markdown body to HTML with the
// site's fixed set of goldmark extensions: GFM (tables, strikethrough,
// autolinks, task lists), footnotes, typographic quotes off, and heading ids
// folded to ASCII the Vietnamese way.
//
// Raw HTML in the source is dropped unless the site opts in, and goldmark
// removes dangerous link schemes (javascript:, vbscript:, data: other than
// images) in safe mode. A Converter is safe for concurrent use.
package markdown

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/guongsang/guongsang/generator/vntext"
)

// Converter renders Markdown bodies.
type Converter struct {
	md goldmark.Markdown // GFM and footnotes: the site's Markdown
	// plain is md without Linkify (bare URLs and e-mail addresses made
	// links). Linkify registers itself for every space, so goldmark stops
	// and calls it at each word, which made it a fifth of all Markdown
	// parsing. Most bodies have nothing for it to do: Convert parses with
	// plain first and again with md only when the text has something
	// Linkify could turn into a link (see scan). The HTML is then the same
	// as with md, but for spaces and tabs at the end of a line, which
	// goldmark trims differently when Linkify splits the text there
	// (TestLinkifyOnlyWhenNeeded); browsers do not show them.
	plain goldmark.Markdown
}

// New returns a Converter. unsafeHTML passes raw HTML through; keep it
// false unless the site's authors are trusted with script.
func New(unsafeHTML bool) *Converter {
	opts := []renderer.Option{renderer.WithNodeRenderers(util.Prioritized(figureRenderer{}, 500))}
	if unsafeHTML {
		opts = append(opts, html.WithUnsafe())
	}
	parserOpts := goldmark.WithParserOptions(parser.WithAutoHeadingID(),
		parser.WithASTTransformers(util.Prioritized(alignClasses{}, 1000), util.Prioritized(figures{}, 999)))
	return &Converter{
		md: goldmark.New(
			goldmark.WithExtensions(extension.GFM, extension.Footnote),
			parserOpts, goldmark.WithRendererOptions(opts...)),
		plain: goldmark.New(
			goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList, extension.Footnote),
			parserOpts, goldmark.WithRendererOptions(opts...)),
	}
}

// Result is a converted body.
type Result struct {
	HTML string
	// FirstParagraph is the plain text of the first top-level paragraph,
	// spaces collapsed; "" when there is none. It serves as the summary
	// when the front matter has none.
	FirstParagraph string
	// Words is the number of words in the body text, for reading time.
	Words int
	// RemoteImages are images the body loads from another host, with the
	// 1-based line of src they are on. The theme's Content-Security-Policy
	// blocks them, so callers report them.
	RemoteImages []RemoteImage
	// LocalImages are the other images of the body, in order, each once:
	// the site's own, which the render stage sizes like the photo.
	LocalImages []LocalImage
	// RawHTML are the pieces of raw HTML in the body (blocks and inline
	// tags), in order, with the 1-based line of src they start on. Convert
	// drops them unless Options.Unsafe, so callers tell the writer.
	RawHTML []RawHTML
}

// RawHTML is a piece of raw HTML in a body.
type RawHTML struct {
	Line int
	Tag  string // its first tag as written, shortened: "<iframe src=…>"
}

// LocalImage is an image in the body whose source is a path.
type LocalImage struct {
	Dest string // the path as written in Markdown, e.g. "anh nho.png" or "anh%20nho.png"
	// Attr is the value of the <img> tag's src attribute in HTML, as
	// Convert writes it: "anh%20nho.png".
	Attr string
}

// RemoteImage is an image in the body whose source is an absolute URL.
type RemoteImage struct {
	URL  string
	Line int
}

// Convert renders src. Conversion cannot fail on any input; the error is
// only from writing, which cannot fail for a buffer, and is kept for
// future renderers. The result shares no memory with src.
func (c *Converter) Convert(src []byte) (Result, error) {
	md := c.plain
	doc := parse(md, src)
	var res Result
	if scan(doc, src, &res) {
		md = c.md
		doc = parse(md, src)
		res = Result{}
		scan(doc, src, &res)
	}
	res.Words = countWords(src)
	// The HTML is built in a pooled buffer that goldmark writes to
	// directly (it would otherwise wrap it in a 4 KB bufio.Writer per
	// body) and kept as an exact-size string: at 100,000 profiles the
	// growing buffers and the bufio.Writers were 1.4 GB of garbage, and
	// a string goes into the page as template.HTML without another copy.
	w := bufPool.Get().(*bufWriter)
	w.Reset()
	w.Grow(len(src) + len(src)/4)
	err := md.Renderer().Render(w, src, doc)
	if err == nil {
		res.HTML = w.String()
	}
	if w.Cap() <= 1<<20 {
		bufPool.Put(w)
	}
	if err != nil {
		return Result{}, err
	}
	return res, nil
}

// Inspect returns what Convert returns for src but the HTML, doing as
// little of Convert's work as it can: the loader calls it for every body
// and leaves the HTML to the page that shows it. Raw HTML needs a "<" and
// an image a "![", so a body with neither is not parsed for them; and when
// first is false (the front matter has a summary), FirstParagraph is left
// empty and, if nothing else needs it, the body is not parsed at all.
// Otherwise the first paragraph is read from the shortest prefix of src
// that holds it whole (see firstParagraph). Every field but HTML equals
// Convert's (TestInspectEqualsConvert, FuzzInspect), FirstParagraph only
// when first is set. Inspect is safe for concurrent use.
func (c *Converter) Inspect(src []byte, first bool) Result {
	var res Result
	res.Words = countWords(src)
	if bytes.IndexByte(src, '<') >= 0 || bytes.Contains(src, []byte("![")) {
		c.scanAll(src, &res)
		if !first {
			res.FirstParagraph = ""
		}
		return res
	}
	if first {
		res.FirstParagraph = c.firstParagraph(src)
	}
	return res
}

// scanAll fills res as Convert does, parsing src whole, with Linkify when
// it could find a link.
func (c *Converter) scanAll(src []byte, res *Result) ast.Node {
	md := c.plain
	doc := parse(md, src)
	words := res.Words
	if scan(doc, src, res) {
		doc = parse(c.md, src)
		*res = Result{}
		scan(doc, src, res)
	}
	res.Words = words
	return doc
}

// firstParagraph returns the plain text of the first top-level paragraph
// of src, as Convert's FirstParagraph, for a src with no raw HTML and no
// image. Blocks are parsed line by line, each line deciding only on the
// lines above it (a paragraph becomes a setext heading or a table head
// only by the line just after it, and a blank line ends it), so a prefix
// of src that ends with a blank line has the same top-level paragraphs as
// src up to there. Their inline text could still depend on a link
// reference or footnote definition further down, so a src with "]:"
// anywhere is parsed whole, as is one whose prefixes hold no paragraph.
// The prefix grows from the first blank line past 512 bytes, doubling, so
// an ordinary body is parsed only a little past its first paragraph.
func (c *Converter) firstParagraph(src []byte) string {
	var res Result
	if bytes.Contains(src, []byte("]:")) {
		c.scanAll(src, &res)
		return res.FirstParagraph
	}
	for n := 512; ; n *= 2 {
		end := len(src)
		if n < len(src) {
			if i := bytes.Index(src[n:], []byte("\n\n")); i >= 0 {
				end = n + i + 2 // after the blank line
			}
		}
		res = Result{}
		doc := c.scanAll(src[:end], &res)
		if end == len(src) {
			return res.FirstParagraph
		}
		for b := doc.FirstChild(); b != nil; b = b.NextSibling() {
			if _, ok := b.(*ast.Paragraph); ok {
				return res.FirstParagraph
			}
		}
	}
}

func parse(md goldmark.Markdown, src []byte) ast.Node {
	ctx := parser.NewContext(parser.WithIDs(&ids{used: map[string]bool{}}))
	return md.Parser().Parse(text.NewReader(src), parser.WithContext(ctx))
}

// scan fills in what res needs from doc besides the HTML, in one walk:
// the first top-level paragraph and the remote images. It reports whether
// Linkify could find a link in src, given doc parsed without it: whether
// one of autolinkStarts begins inside the text of doc. Linkify only ever
// matches text that would otherwise stay text; link destinations, raw HTML
// and autolinks in <> are consumed by other parsers before it runs, so
// those occurrences (the "https:" of [title](https://…), the common case)
// are not counted. Code spans are, which only costs a second parse.
// TestLinkifyOnlyWhenNeeded checks the shortcut against parsing every body
// with Linkify, and scan against a plain reading of the tree.
func scan(doc ast.Node, src []byte, res *Result) (mayLink bool) {
	at := autolinkOffsets(src)
	first := true
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Paragraph:
			if first && n.Parent() == doc {
				first = false
				res.FirstParagraph = strings.Join(strings.Fields(plainText(n, src)), " ")
			}
		case *ast.Text:
			for _, o := range at {
				if n.Segment.Start <= o && o < n.Segment.Stop {
					mayLink, at = true, nil
					break
				}
			}
		case *ast.HTMLBlock:
			if n.Lines().Len() > 0 {
				seg := n.Lines().At(0)
				res.RawHTML = append(res.RawHTML, RawHTML{Line: 1 + bytes.Count(src[:seg.Start], []byte("\n")), Tag: firstTag(seg.Value(src))})
			}
		case *ast.RawHTML:
			if n.Segments.Len() > 0 {
				seg := n.Segments.At(0)
				if tag := firstTag(seg.Value(src)); !strings.HasPrefix(tag, "</") {
					res.RawHTML = append(res.RawHTML, RawHTML{Line: 1 + bytes.Count(src[:seg.Start], []byte("\n")), Tag: tag})
				}
			}
		case *ast.Image:
			dst := strings.ToLower(strings.TrimSpace(string(n.Destination)))
			if strings.HasPrefix(dst, "http:") || strings.HasPrefix(dst, "https:") || strings.HasPrefix(dst, "//") {
				res.RemoteImages = append(res.RemoteImages, RemoteImage{URL: string(n.Destination), Line: lineOf(n, src)})
			} else if dst != "" && !strings.Contains(dst, ":") && !strings.HasPrefix(dst, "#") && !strings.HasPrefix(dst, "?") {
				li := LocalImage{Dest: string(n.Destination), Attr: string(util.EscapeHTML(util.URLEscape(n.Destination, true)))}
				if !slices.Contains(res.LocalImages, li) {
					res.LocalImages = append(res.LocalImages, li)
				}
			}
		}
		return ast.WalkContinue, nil
	})
	return mayLink
}

// firstTag returns the first tag of raw HTML b, cut to 60 bytes at a
// character boundary: what a writer recognises of what they pasted.
func firstTag(b []byte) string {
	s := strings.TrimSpace(string(b))
	if i := strings.IndexByte(s, '>'); i >= 0 {
		s = s[:i+1]
	} else {
		s += "…" // the tag goes on, on the next lines
	}
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i] + "…"
	}
	if len(s) > 60 {
		cut := 60
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// autolinkStarts are the bytes every match of goldmark's Linkify contains
// at its start ("http:", "https:", "ftp:", "www.") or inside ("@" of an
// e-mail address).
var autolinkStarts = [][]byte{[]byte("http"), []byte("ftp:"), []byte("www."), []byte("@")}

// autolinkOffsets returns where in src one of autolinkStarts begins.
func autolinkOffsets(src []byte) []int {
	var at []int
	for _, w := range autolinkStarts {
		for off := 0; ; {
			i := bytes.Index(src[off:], w)
			if i < 0 {
				break
			}
			at = append(at, off+i)
			off += i + len(w)
		}
	}
	return at
}

// plainText returns the text of n's inline content, without markup.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := n.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.AutoLink:
			b.Write(t.Label(src))
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// ids makes heading ids from heading text with vntext.Slug, so
// "## Thành tích nổi bật" gets id "thanh-tich-noi-bat", and repeats get
// "-1", "-2" suffixes. The ids of themeIDs are taken from the start, so
// "## Khen thưởng" becomes "khen-thuong-1" beside the theme's own
// "khen-thuong".
type ids struct {
	used map[string]bool
}

// themeIDs are the ids the default theme writes on a profile page, where
// the body goes (TestThemeIDsReserved in package render keeps the list
// complete).
var themeIDs = map[string]bool{"noi-dung": true, "khen-thuong": true, "lien-quan": true}

// ThemeID reports whether id is one a body heading never gets because
// the default theme uses it.
func ThemeID(id string) bool { return themeIDs[id] }

func (s *ids) Generate(value []byte, kind ast.NodeKind) []byte {
	base := vntext.Slug(string(value))
	if base == "" {
		base = "muc"
	}
	id := base
	for i := 1; s.used[id] || themeIDs[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	s.used[id] = true
	return []byte(id)
}

func (s *ids) Put(value []byte) { s.used[string(value)] = true }

// alignClasses turns GFM column alignment into class="ta-left|center|right"
// on table cells. goldmark would write style="text-align:…", which the
// theme's Content-Security-Policy (style-src 'self') blocks, or the
// obsolete align attribute, which HTML validators reject.
type alignClasses struct{}

func (alignClasses) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if c, ok := n.(*extast.TableCell); ok && entering && c.Alignment != extast.AlignNone {
			c.SetAttributeString("class", []byte("ta-"+c.Alignment.String()))
			c.Alignment = extast.AlignNone
		}
		return ast.WalkContinue, nil
	})
}

// countWords counts runs of non-space bytes, as len(bytes.Fields(src))
// would for ASCII spaces, without allocating or branching per byte.
// ASCII whitespace is enough here: Vietnamese separates words with
// ordinary spaces.
func countWords(src []byte) int {
	n, prev := 0, uint8(1)
	for _, c := range src {
		s := asciiSpace[c]
		n += int(prev &^ s) // a word starts where a space is followed by a non-space
		prev = s
	}
	return n
}

var asciiSpace = [256]uint8{' ': 1, '\n': 1, '\t': 1, '\r': 1, '\f': 1, '\v': 1}

// lineOf returns the 1-based line of the first text under n, or of the
// nearest block above it, in src.
func lineOf(n ast.Node, src []byte) int {
	for p := n; p != nil; p = p.Parent() {
		if t, ok := p.FirstChild().(*ast.Text); ok {
			return 1 + bytes.Count(src[:t.Segment.Start], []byte("\n"))
		}
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return 1 + bytes.Count(src[:p.Lines().At(0).Start], []byte("\n"))
		}
	}
	return 1
}

// bufWriter is a bytes.Buffer that goldmark's renderer writes to directly:
// it implements util.BufWriter, with nothing to flush.
type bufWriter struct{ bytes.Buffer }

func (w *bufWriter) Available() int { return w.Cap() - w.Len() }
func (w *bufWriter) Buffered() int  { return 0 }
func (w *bufWriter) Flush() error   { return nil }

var _ util.BufWriter = (*bufWriter)(nil)

var bufPool = sync.Pool{New: func() any { return new(bufWriter) }}
