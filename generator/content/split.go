package content

import (
	"bytes"

	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
)

// BodyStart returns the offset in src at which a profile's body starts:
// just past the line that closes its front matter, found as Load finds
// it. ok is false when src has no front matter Load reads that way. What
// comes before the offset is the front matter, byte for byte, so a tool
// may change the body and leave the fields exactly as the writer typed
// them.
func BodyStart(src []byte) (offset int, ok bool) {
	s := bytes.TrimPrefix(src, bom)
	skip := len(src) - len(s)
	first, opening := frontMatterStart(s)
	end := frontMatterEnd(s, first, opening)
	if end == 0 {
		return 0, false
	}
	return skip + end, true
}

// Check reads src as the profile file at the site path p, as File reads
// a file from disk, for a tool that checks text before it is saved (the
// preview's editor): the same fields, vocabularies, photo and bundle
// checks against the site folder, and the same messages. It returns the
// profile as far as it could be read, even with errors (nil when the
// front matter could not be read at all), and every problem found; unlike
// File, a draft's errors stay errors, so the caller decides what a draft
// may do. The profile's HTML is set only when there is no error; see
// Markdown. Check is safe for concurrent use.
func (l *Loader) Check(p string, src []byte) (*Profile, diag.List) {
	var errs diag.List
	if len(src) > MaxFileSize {
		errs.Add(&diag.Error{Path: p, Line: 1, Msg: i18n.ContentTooLarge.T(len(src)>>20, MaxFileSize>>20), Hint: i18n.ContentTooLargeHint.T()})
		return nil, errs
	}
	prof := l.parse(p, src, &errs)
	return prof, errs
}

// Markdown renders a profile's body as the site renders it (the site's
// extensions and its unsafe_html setting), for a tool that shows the body
// while it is written. It is safe for concurrent use.
func (l *Loader) Markdown(body []byte) (string, error) {
	res, err := l.md.Convert(body)
	if err != nil {
		return "", err
	}
	return res.HTML, nil
}
