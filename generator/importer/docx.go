package importer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/vntext"
)

// Document is a Word report converted to Markdown.
type Document struct {
	// Title is the text of the paragraphs in Word's "Title" style, which
	// the body leaves out: the profile has a title of its own.
	Title string
	// Markdown is the body: headings one level below the page's title
	// (Heading 1 becomes ##), paragraphs, bold and italic, lists, tables
	// and images. It ends in one newline.
	Markdown string
	// Images are the pictures the Markdown shows, by the file name it
	// uses (anh-1.png, anh-2.jpg …), in order.
	Images []Image
}

// Image is a picture of a Word report.
type Image struct {
	Name string
	Data []byte
}

// maxDocxPart bounds what one part of a .docx may unpack to, so that a
// zip bomb cannot fill the memory.
const maxDocxPart = 64 << 20

// Word reads a .docx file (Office Open XML, as Word, LibreOffice and
// Google Docs save it) and converts its body to Markdown. Headings come
// from paragraph styles, resolved through styles.xml: a style named
// "heading N" (as Word stores its built-in names whatever the language of
// the user's Word), a localized name ("Tiêu đề 1", "Đề mục 1"), an
// outline level, or a style it is based on. Lists come from
// numbering.xml: bullets become "- ", every other numbering "1. ".
func Word(data []byte) (*Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, errors.New(i18n.ImportNotDocx.T())
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[f.Name] = f
	}
	read := func(name string) ([]byte, error) {
		f, ok := files[name]
		if !ok {
			return nil, nil
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, maxDocxPart+1))
		if len(b) > maxDocxPart {
			return nil, errors.New(i18n.ImportDocxTooBig.T(name))
		}
		return b, err
	}
	docXML, err := read("word/document.xml")
	if err != nil || docXML == nil {
		return nil, errors.New(i18n.ImportNotDocx.T())
	}
	c := &converter{styles: map[string]*wStyle{}, nums: map[string]string{}, abstract: map[string]map[int]string{}, rels: map[string]string{}, read: read}
	if b, _ := read("word/styles.xml"); b != nil {
		c.loadStyles(b)
	}
	if b, _ := read("word/numbering.xml"); b != nil {
		c.loadNumbering(b)
	}
	if b, _ := read("word/_rels/document.xml.rels"); b != nil {
		c.loadRels(b)
	}
	root, err := parseXML(docXML)
	if err != nil {
		return nil, errors.New(i18n.ImportNotDocx.T())
	}
	body := root.find("body")
	if body == nil {
		return nil, errors.New(i18n.ImportNotDocx.T())
	}
	c.blocks(body)
	c.flushList()
	doc := &Document{Title: strings.Join(c.title, " "), Images: c.images}
	doc.Markdown = strings.Join(c.out, "\n\n")
	if doc.Markdown != "" {
		doc.Markdown += "\n"
	}
	return doc, nil
}

// node is an XML element with its children, enough of a DOM for Word's
// XML, which mixes text runs, drawings and fields in one paragraph.
type node struct {
	name  string // local name: "p", "r", "t"
	attrs []xml.Attr
	kids  []*node
	text  string // character data of a w:t or w:instrText
}

func (n *node) attr(local string) string {
	for _, a := range n.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// find returns the first descendant named local, depth first.
func (n *node) find(local string) *node {
	for _, k := range n.kids {
		if k.name == local {
			return k
		}
		if f := k.find(local); f != nil {
			return f
		}
	}
	return nil
}

func (n *node) child(local string) *node {
	for _, k := range n.kids {
		if k.name == local {
			return k
		}
	}
	return nil
}

func parseXML(b []byte) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	root := &node{}
	stack := []*node{root}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{name: t.Name.Local, attrs: t.Attr}
			top := stack[len(stack)-1]
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top := stack[len(stack)-1]
			if top.name == "t" || top.name == "delText" || top.name == "instrText" {
				top.text += string(t)
			}
		}
	}
	return root, nil
}

type wStyle struct {
	name, basedOn string
	outline       int    // outline level 0…8, or -1
	numID         string // numbering the style applies, or ""
	ilvl          int
}

func (c *converter) loadStyles(b []byte) {
	root, err := parseXML(b)
	if err != nil {
		return
	}
	styles := root.find("styles")
	if styles == nil {
		return
	}
	for _, s := range styles.kids {
		if s.name != "style" {
			continue
		}
		st := &wStyle{outline: -1}
		if n := s.child("name"); n != nil {
			st.name = n.attr("val")
		}
		if n := s.child("basedOn"); n != nil {
			st.basedOn = n.attr("val")
		}
		if ppr := s.child("pPr"); ppr != nil {
			if o := ppr.child("outlineLvl"); o != nil {
				st.outline, _ = strconv.Atoi(o.attr("val"))
			}
			if np := ppr.child("numPr"); np != nil {
				if id := np.child("numId"); id != nil {
					st.numID = id.attr("val")
				}
				if l := np.child("ilvl"); l != nil {
					st.ilvl, _ = strconv.Atoi(l.attr("val"))
				}
			}
		}
		c.styles[s.attr("styleId")] = st
	}
}

func (c *converter) loadNumbering(b []byte) {
	root, err := parseXML(b)
	if err != nil {
		return
	}
	nb := root.find("numbering")
	if nb == nil {
		return
	}
	for _, k := range nb.kids {
		switch k.name {
		case "abstractNum":
			lv := map[int]string{}
			for _, l := range k.kids {
				if l.name != "lvl" {
					continue
				}
				i, _ := strconv.Atoi(l.attr("ilvl"))
				if f := l.child("numFmt"); f != nil {
					lv[i] = f.attr("val")
				}
			}
			c.abstract[k.attr("abstractNumId")] = lv
		case "num":
			if a := k.child("abstractNumId"); a != nil {
				c.nums[k.attr("numId")] = a.attr("val")
			}
		}
	}
}

func (c *converter) loadRels(b []byte) {
	root, err := parseXML(b)
	if err != nil {
		return
	}
	rs := root.find("Relationships")
	if rs == nil {
		return
	}
	for _, r := range rs.kids {
		if r.attr("TargetMode") == "External" {
			continue
		}
		c.rels[r.attr("Id")] = path.Clean(path.Join("word", r.attr("Target")))
	}
}

// converter holds what the body's conversion needs and produces.
type converter struct {
	styles   map[string]*wStyle
	nums     map[string]string         // numId → abstractNumId
	abstract map[string]map[int]string // abstractNumId → level → numFmt
	rels     map[string]string         // relationship id → part name
	read     func(string) ([]byte, error)

	out     []string // Markdown blocks
	list    []string // lines of the list being built
	indent  []int    // the content indent of each open list level
	listNum string   // the numbering of the open list
	title   []string
	images  []Image
	byPart  map[string]string // image part → file name, so a picture used twice is saved once
}

var headingName = regexp.MustCompile(`^(?:heading|tieu de|de muc|muc|u|title) ?([1-9])$`)

// headingLevel returns the heading level (1 for Heading 1) of a style,
// following basedOn, or 0 for body text; -1 for Word's Title style.
func (c *converter) headingLevel(id string) int {
	for depth := 0; id != "" && depth < 10; depth++ {
		st, ok := c.styles[id]
		if !ok {
			break
		}
		f := vntext.Fold(st.name)
		if f == "title" || f == "tieu de" && !strings.ContainsAny(st.name, "0123456789") {
			return -1
		}
		if m := headingName.FindStringSubmatch(f); m != nil {
			n, _ := strconv.Atoi(m[1])
			return n
		}
		if st.outline >= 0 && st.outline < 9 {
			return st.outline + 1
		}
		id = st.basedOn
	}
	return 0
}

// styleNum returns the numbering a paragraph style applies, following
// basedOn.
func (c *converter) styleNum(id string) (string, int) {
	for depth := 0; id != "" && depth < 10; depth++ {
		st, ok := c.styles[id]
		if !ok {
			break
		}
		if st.numID != "" {
			return st.numID, st.ilvl
		}
		id = st.basedOn
	}
	return "", 0
}

func (c *converter) blocks(body *node) {
	for _, k := range body.kids {
		switch k.name {
		case "p":
			c.paragraph(k)
		case "tbl":
			c.flushList()
			if t := c.table(k); t != "" {
				c.out = append(c.out, t)
			}
		case "sdt": // a content control: its content is body blocks
			if sc := k.child("sdtContent"); sc != nil {
				c.blocks(sc)
			}
		}
	}
}

func (c *converter) paragraph(p *node) {
	style, numID, ilvl, outline := "", "", 0, -1
	if ppr := p.child("pPr"); ppr != nil {
		if s := ppr.child("pStyle"); s != nil {
			style = s.attr("val")
		}
		if np := ppr.child("numPr"); np != nil {
			if id := np.child("numId"); id != nil {
				numID = id.attr("val")
			}
			if l := np.child("ilvl"); l != nil {
				ilvl, _ = strconv.Atoi(l.attr("val"))
			}
		}
		if o := ppr.child("outlineLvl"); o != nil {
			outline, _ = strconv.Atoi(o.attr("val"))
		}
	}
	if numID == "" {
		numID, ilvl = c.styleNum(style)
	}
	level := c.headingLevel(style)
	if level == 0 && outline >= 0 && outline < 9 {
		level = outline + 1
	}
	if level != 0 {
		text := strings.TrimSpace(plain(p))
		if text == "" {
			return
		}
		c.flushList()
		if level < 0 {
			c.title = append(c.title, text)
			return
		}
		c.out = append(c.out, strings.Repeat("#", min(level+1, 6))+" "+escapeLine(text))
		return
	}
	text := c.inline(p)
	if strings.TrimSpace(text) == "" {
		return
	}
	if numID != "" && numID != "0" {
		c.listItem(numID, ilvl, text)
		return
	}
	c.flushList()
	c.out = append(c.out, escapeStart(text))
}

func (c *converter) listItem(numID string, ilvl int, text string) {
	ilvl = max(0, min(ilvl, 8))
	marker := "1. "
	if c.abstract[c.nums[numID]][ilvl] == "bullet" {
		marker = "- "
	}
	if ilvl == 0 && c.listNum != numID {
		c.flushList() // another list: Markdown needs a blank line between them
	}
	c.listNum = numID
	// Nest under the deepest open level below this one.
	if ilvl > len(c.indent) {
		ilvl = len(c.indent)
	}
	c.indent = c.indent[:ilvl]
	pad := 0
	if ilvl > 0 {
		pad = c.indent[ilvl-1]
	}
	c.indent = append(c.indent, pad+len(marker))
	c.list = append(c.list, strings.Repeat(" ", pad)+marker+strings.ReplaceAll(text, "\n", "\n"+strings.Repeat(" ", pad+len(marker))))
}

func (c *converter) flushList() {
	if len(c.list) > 0 {
		c.out = append(c.out, strings.Join(c.list, "\n"))
	}
	c.list, c.indent, c.listNum = nil, nil, ""
}

// span is a stretch of text with one formatting.
type span struct {
	text         string
	bold, italic bool
	image        bool // text is Markdown for an image, not to be escaped
}

// inline converts a paragraph's runs to Markdown: adjacent runs of one
// formatting are joined first, so Word's habit of splitting a word into
// several runs does not scatter asterisks.
func (c *converter) inline(p *node) string {
	var runs []span
	var walk func(n *node)
	walk = func(n *node) {
		for _, k := range n.kids {
			switch k.name {
			case "r":
				c.runs(k, &runs)
			case "pPr", "del", "moveFrom", "rPr":
			default: // hyperlink, ins, smartTag, fldSimple …
				walk(k)
			}
		}
	}
	walk(p)
	var merged []span
	for _, r := range runs {
		if n := len(merged); n > 0 && !r.image && !merged[n-1].image && merged[n-1].bold == r.bold && merged[n-1].italic == r.italic {
			merged[n-1].text += r.text
			continue
		}
		merged = append(merged, r)
	}
	var b strings.Builder
	for _, r := range merged {
		if r.image {
			b.WriteString(r.text)
			continue
		}
		text := escapeInline(r.text)
		if !r.bold && !r.italic || strings.TrimSpace(text) == "" {
			b.WriteString(text)
			continue
		}
		// Markers must touch the text: "**a** b", not "**a **b".
		core := strings.TrimRight(strings.TrimLeft(text, " "), " ")
		lead := text[:strings.Index(text, core)]
		trail := text[len(lead)+len(core):]
		mark := ""
		switch {
		case r.bold && r.italic:
			mark = "***"
		case r.bold:
			mark = "**"
		default:
			mark = "*"
		}
		b.WriteString(lead + mark + core + mark + trail)
	}
	return strings.TrimSpace(b.String())
}

func (c *converter) runs(r *node, out *[]span) {
	bold, italic := false, false
	if rpr := r.child("rPr"); rpr != nil {
		bold = on(rpr.child("b"))
		italic = on(rpr.child("i"))
	}
	for _, k := range r.kids {
		switch k.name {
		case "t":
			*out = append(*out, span{text: k.text, bold: bold, italic: italic})
		case "tab":
			*out = append(*out, span{text: " ", bold: bold, italic: italic})
		case "br", "cr":
			if k.attr("type") == "" || k.attr("type") == "textWrapping" {
				*out = append(*out, span{text: "\\\n", image: true})
			}
		case "drawing", "pict":
			if md := c.image(k); md != "" {
				*out = append(*out, span{text: md, image: true})
			}
		}
	}
}

// on reports whether a toggle property (w:b, w:i) is set: present, and
// not w:val="0" or "false".
func on(n *node) bool {
	if n == nil {
		return false
	}
	v := n.attr("val")
	return v != "0" && v != "false" && v != "none"
}

// image saves the picture a drawing shows and returns its Markdown.
func (c *converter) image(d *node) string {
	blip := d.find("blip")
	id := ""
	if blip != nil {
		id = blip.attr("embed")
	} else if im := d.find("imagedata"); im != nil { // VML, older Word
		id = im.attr("id")
	}
	part, ok := c.rels[id]
	if !ok {
		return ""
	}
	alt := ""
	if pr := d.find("docPr"); pr != nil {
		alt = pr.attr("descr")
	}
	alt = strings.Join(strings.Fields(alt), " ")
	if c.byPart == nil {
		c.byPart = map[string]string{}
	}
	name, seen := c.byPart[part]
	if !seen {
		data, err := c.read(part)
		if err != nil || data == nil {
			return ""
		}
		ext := strings.ToLower(path.Ext(part))
		if ext == ".jpeg" {
			ext = ".jpg"
		}
		name = fmt.Sprintf("anh-%d%s", len(c.images)+1, ext)
		c.byPart[part] = name
		c.images = append(c.images, Image{Name: name, Data: data})
	}
	if alt == "" {
		alt = i18n.ImportImageAlt.T(len(c.images))
	}
	return "![" + escapeInline(alt) + "](" + name + ")"
}

// table converts a Word table to a GFM table whose first row is the
// header. Merged cells are repeated as empty cells; a cell's paragraphs
// are joined with spaces.
func (c *converter) table(t *node) string {
	var rows [][]string
	for _, tr := range t.kids {
		if tr.name != "tr" {
			continue
		}
		var row []string
		for _, tc := range tr.kids {
			if tc.name != "tc" {
				continue
			}
			var parts []string
			for _, p := range tc.kids {
				if p.name == "p" {
					if s := c.inline(p); s != "" {
						parts = append(parts, strings.ReplaceAll(s, "\\\n", " "))
					}
				}
			}
			text := strings.ReplaceAll(strings.Join(parts, " "), "|", `\|`)
			span := 1
			if pr := tc.child("tcPr"); pr != nil {
				if g := pr.child("gridSpan"); g != nil {
					span, _ = strconv.Atoi(g.attr("val"))
				}
			}
			row = append(row, text)
			for i := 1; i < span; i++ {
				row = append(row, "")
			}
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return ""
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	var b strings.Builder
	line := func(r []string) {
		b.WriteString("|")
		for i := range width {
			v := ""
			if i < len(r) {
				v = r[i]
			}
			b.WriteString(" " + v + " |")
		}
		b.WriteString("\n")
	}
	line(rows[0])
	b.WriteString("|")
	for range width {
		b.WriteString(" --- |")
	}
	b.WriteString("\n")
	for _, r := range rows[1:] {
		line(r)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// plain is a paragraph's text without formatting, for headings.
func plain(p *node) string {
	var b strings.Builder
	var walk func(n *node)
	walk = func(n *node) {
		for _, k := range n.kids {
			switch k.name {
			case "t":
				b.WriteString(k.text)
			case "tab":
				b.WriteString(" ")
			case "del", "moveFrom":
			default:
				walk(k)
			}
		}
	}
	walk(p)
	return strings.Join(strings.Fields(b.String()), " ")
}

var inlineEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`)

func escapeInline(s string) string { return inlineEscaper.Replace(s) }

var blockStart = regexp.MustCompile(`^(#{1,6}(?:\s|$)|[-+>]\s|\d{1,9}[.)]\s)`)

// escapeStart keeps a paragraph that begins like a Markdown block ("1. ",
// "- ", "# ") a paragraph.
func escapeStart(s string) string {
	if m := blockStart.FindStringIndex(s); m != nil {
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i > 0 {
			return s[:i] + `\` + s[i:]
		}
		return `\` + s
	}
	return s
}

// escapeLine escapes a heading's text.
func escapeLine(s string) string { return escapeInline(s) }
