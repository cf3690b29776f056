package content

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/vntext"
)

// PlaceholderBody is the body `guongsang new` writes (the scaffold stage
// uses it). A profile published with it untouched is warned about.
const PlaceholderBody = `Viết nội dung ở đây: hoàn cảnh, việc làm cụ thể, kết quả, và sức lan tỏa.

## Thành tích nổi bật

- …
`

// PlaceholderDateNote is the comment `guongsang new` writes after a date
// it made up (the first day of the year); a published profile whose date
// line still carries it is warned about.
const PlaceholderDateNote = "# ngày mẫu: sửa thành ngày thật"

// samples are the first words of the texts guongsang writes for the
// writer to replace: new's body and init's example profile.
var samples = []string{
	strings.SplitN(PlaceholderBody, ":", 2)[0],
	"Đây là hồ sơ ví dụ do `guongsang init` tạo ra",
}

// invisible reports whether r is a character that shows nothing but
// changes how text reads or matches: bidirectional controls (which can
// reverse a name to fake it) and zero-width characters (which stop a
// name from being found).
func invisible(r rune) (bidi, ok bool) {
	switch {
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F:
		return true, true
	case r >= 0x200B && r <= 0x200D, r == 0xFEFF, r == 0x2060, r == 0x00AD:
		return false, true
	}
	return false, false
}

// cleanText returns s, a text value of field read from line of the file p
// (whole source src), without invisible characters and without a pair of
// Word's curly quotes around it, warning about each; and warns when YAML
// cut the value at a " #" the writer likely meant as text.
func cleanText(p, field string, line int, s string, src []byte, errs *diag.List) string {
	if strings.ContainsFunc(s, func(r rune) bool { _, ok := invisible(r); return ok }) {
		var found []string
		seen := map[rune]bool{}
		s = strings.Map(func(r rune) rune {
			bidi, ok := invisible(r)
			if !ok {
				return r
			}
			if !seen[r] {
				seen[r] = true
				what := i18n.InvisibleZeroWide.T()
				if bidi {
					what = i18n.InvisibleBidi.T()
				}
				found = append(found, fmt.Sprintf("U+%04X %s", r, what))
			}
			return -1
		}, s)
		s = strings.Join(strings.Fields(s), " ")
		errs.Add(&diag.Error{Path: p, Line: line, Field: field, Sev: diag.SevWarning,
			Msg: i18n.ContentInvisible.T(strings.Join(found, ", ")), Hint: i18n.ContentInvisibleHint.T()})
	}
	for _, q := range [][2]string{{"“", "”"}, {"‘", "’"}, {"„", "“"}, {"”", "”"}} {
		if len(s) > len(q[0])+len(q[1]) && strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) {
			s = strings.TrimSpace(s[len(q[0]) : len(s)-len(q[1])])
			errs.Add(&diag.Error{Path: p, Line: line, Field: field, Sev: diag.SevWarning,
				Msg: i18n.YAMLCurly.T(field), Hint: i18n.YAMLCurlyHint.T()})
			break
		}
	}
	if !freeText[field] {
		return s
	}
	if raw := yamlValue(src, line, field); raw != "" && raw[0] != '"' && raw[0] != '\'' {
		if i := strings.Index(raw, " #"); i >= 0 {
			kept, cut := strings.TrimSpace(raw[:i]), strings.TrimSpace(raw[i+1:])
			errs.Add(&diag.Error{Path: p, Line: line, Field: field, Sev: diag.SevWarning,
				Msg:  i18n.YAMLHashCut.T(field, kept, cut),
				Hint: i18n.YAMLHashCutHint.T(fmt.Sprintf("%s: %q", field, strings.TrimSpace(raw)))})
		}
	}
	return s
}

// freeText are the fields whose values are prose, where a " #" is more
// likely meant as text than as a comment.
var freeText = map[string]bool{"title": true, "summary": true, "author": true, "organization": true,
	"sort_name": true, "photo_caption": true, "photo_credit": true}

// yamlValue returns what follows "field:" on line (1-based) of src, when
// that line is a YAML "field: value" line; "" otherwise.
func yamlValue(src []byte, line int, field string) string {
	l := lineAt(src, line)
	l = bytes.TrimLeft(l, " \t")
	rest, ok := bytes.CutPrefix(l, []byte(field))
	if !ok {
		return ""
	}
	rest = bytes.TrimLeft(rest, " \t")
	rest, ok = bytes.CutPrefix(rest, []byte(":"))
	if !ok {
		return ""
	}
	return strings.TrimSpace(string(rest))
}

// lineAt returns line n (1-based) of src without its line break, or nil.
func lineAt(src []byte, n int) []byte {
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(src, '\n')
		if j < 0 {
			return nil
		}
		src = src[j+1:]
	}
	if j := bytes.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return bytes.TrimSuffix(src, []byte("\r"))
}

// checkSamples warns when a profile set to be published still holds the
// texts guongsang wrote for the writer to replace: the sample body, or
// the made-up date.
func checkSamples(p string, prof *Profile, body []byte, bodyLine int, src []byte, dateLine int, errs *diag.List) {
	if prof.Draft {
		return
	}
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	line := bodyLine + bytes.Count(body[:len(body)-len(trimmed)], []byte("\n"))
	for _, s := range samples {
		if bytes.HasPrefix(trimmed, []byte(s)) { // no copy of the body
			errs.Add(&diag.Error{Path: p, Line: line, Sev: diag.SevWarning,
				Msg: i18n.ContentPlaceholderBody.T(s + "…"), Hint: i18n.ContentPlaceholderBodyHint.T()})
			break
		}
	}
	if dateLine > 0 && bytes.Contains(lineAt(src, dateLine), []byte(PlaceholderDateNote)) {
		errs.Add(&diag.Error{Path: p, Line: dateLine, Field: "date", Sev: diag.SevWarning,
			Msg: i18n.ContentPlaceholderDate.T(prof.Date.Format("2006-01-02")), Hint: i18n.ContentPlaceholderDateHint.T()})
	}
}

// CheckTitles warns about published profiles with the same title,
// compared without case and marks: namesakes or a profile twice.
func CheckTitles(ps []*Profile, errs *diag.List) {
	seen := make(map[string]*Profile, len(ps))
	for _, p := range ps {
		k := vntext.Fold(p.Title)
		if k == "" {
			continue
		}
		if q, dup := seen[k]; dup {
			errs.Add(&diag.Error{Path: p.Path, Line: p.TitleLine, Field: "title", Sev: diag.SevWarning,
				Msg: i18n.ContentSameTitle.T(q.Path), Hint: i18n.ContentSameTitleHint.T()})
			continue
		}
		seen[k] = p
	}
}

// meantClosing finds, after the opening line first, the line a writer
// most likely meant to close the front matter with but wrote wrongly:
// dashes Word turned into – or —, two or four dashes, or three followed
// by other text. It returns its 1-based number and text, or 0.
func meantClosing(src []byte, first int) (int, string) {
	lines := strings.Split(string(src), "\n")
	for i := first; i < len(lines); i++ { // lines[first] is the line after the opening one
		l := strings.TrimSpace(strings.TrimSuffix(lines[i], "\r"))
		if l == "" {
			continue
		}
		dashes := strings.Trim(l, "-–—‒― ")
		switch {
		case dashes == "" && l != "-": // only dashes, not "---" (that would have closed it)
			return i + 1, l
		case strings.HasPrefix(l, "---"):
			return i + 1, l
		}
	}
	return 0, ""
}
