package content

import (
	"bytes"
	"errors"

	"golang.org/x/text/unicode/norm"

	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/markdown"
	"github.com/guongsang/guongsang/generator/sitefs"
	"github.com/guongsang/guongsang/generator/vntext"
)

// Body is a profile's Markdown body, converted to HTML only when a page
// shows it (HTML): a site's bodies are never all held as HTML at once,
// and the conversion runs where pages are rendered, in parallel. Load
// checks the body (raw HTML, remote images, its words and first
// paragraph: markdown.Converter.Inspect) when it reads the file, so
// every problem is still reported by a load alone.
//
// The Markdown is kept in memory, or, with Options.DropBodies, read again
// from the file when it is converted; a file that changed since it was
// loaded is then an error rather than a page that mixes two versions.
// The zero Body is empty. A Body is safe for concurrent use.
type Body struct {
	md   *markdown.Converter
	path string // the profile's file
	src  string // the Markdown, when kept
	// Where to read it again otherwise: the file, the body's offset in
	// its text as Load read it (without a BOM, in NFC), and that text's
	// hash (Profile.Hash).
	file *bodyFile
}

type bodyFile struct {
	l    *Loader
	off  int
	hash uint64
}

// body returns the Body of the profile p, whose text as parse read it is
// src, hashed h, and whose body is body, a suffix of src or a copy.
func (l *Loader) body(p string, src, body []byte, h uint64) Body {
	off := len(src) - len(body)
	if !l.opts.DropBodies || !bytes.Equal(src[off:], body) {
		return Body{md: l.md, path: p, src: string(body)}
	}
	return Body{md: l.md, path: p, file: &bodyFile{l: l, off: off, hash: h}}
}

// HTML returns the body converted to HTML with the site's Markdown
// settings. The error is a *diag.Error naming the file, when the body
// must be read again (Options.DropBodies) and the file cannot be read or
// changed since it was loaded.
func (b Body) HTML() (string, error) {
	if b.md == nil {
		return "", nil
	}
	if b.file == nil {
		return b.convert([]byte(b.src))
	}
	f := b.file
	bp := srcPool.Get().(*[]byte)
	defer srcPool.Put(bp)
	src, _, err := sitefs.ReadFileLimit(f.l.fsys, b.path, MaxFileSize, *bp)
	if err != nil {
		return "", &diag.Error{Path: b.path, Msg: i18n.ContentCannotRead.T(i18n.Cause(err)), Err: err}
	}
	if cap(src) <= 1<<20 && cap(src) > cap(*bp) {
		*bp = src[:0]
	}
	src = bytes.TrimPrefix(src, bom)
	if _, nfc := vntext.CheckText(src); !nfc {
		src = norm.NFC.Bytes(src)
	}
	if src == nil || f.off > len(src) || hash(src, f.l.site.UnsafeHTML) != f.hash {
		return "", &diag.Error{Path: b.path, Msg: i18n.ContentChangedWhileBuilding.T(), Hint: i18n.ContentChangedWhileBuildingHint.T(),
			Err: errChanged}
	}
	return b.convert(src[f.off:])
}

func (b Body) convert(body []byte) (string, error) {
	res, err := b.md.Convert(body)
	if err != nil {
		return "", &diag.Error{Path: b.path, Msg: i18n.ContentMarkdown.T(err), Err: err}
	}
	return res.HTML, nil
}

// errChanged is the cause of HTML's error for a file that changed.
var errChanged = errors.New("file changed since it was loaded")
