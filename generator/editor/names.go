package editor

import (
	"path"
	"strings"

	"github.com/guongsang/guongsang/generator/vntext"
)

// MaxNameLen bounds the length of a name SafeName returns, before the
// extension: long enough to say what a photo is, short enough for every
// file system and for a path inside a bundle.
const MaxNameLen = 60

// reserved are names Windows gives to devices, with any extension: a file
// named con.jpg cannot be opened there.
var reserved = map[string]bool{"con": true, "prn": true, "aux": true, "nul": true,
	"com1": true, "com2": true, "com3": true, "com4": true, "com5": true, "com6": true, "com7": true, "com8": true, "com9": true,
	"lpt1": true, "lpt2": true, "lpt3": true, "lpt4": true, "lpt5": true, "lpt6": true, "lpt7": true, "lpt8": true, "lpt9": true}

// SafeName folds a file name sent by a browser to a safe ASCII name with
// the extension ext (".jpg", chosen by the caller from the file's
// content, not its name): only the last path element is kept (a name is
// never a path: "../x.jpg" is "x.jpg"), Vietnamese is folded as in URLs
// (vntext.Slug: "Ảnh Già làng.JPG" is "anh-gia-lang"), composed or
// decomposed, the result is cut to MaxNameLen at a dash, a Windows device
// name (con, nul, com1…) gets "-anh" after it, and a name with nothing
// left is "anh". The result never starts with "." or "_", which the site
// would ignore.
func SafeName(name, ext string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	name = path.Base(name)
	if e := path.Ext(name); e != "" {
		name = strings.TrimSuffix(name, e)
	}
	return Segment(name, "anh") + ext
}

// Segment folds one element of a path as SafeName does, without an
// extension; empty is what a name with nothing left becomes.
func Segment(s, empty string) string {
	s = vntext.Slug(s)
	if len(s) > MaxNameLen {
		s = s[:MaxNameLen]
		if i := strings.LastIndexByte(s, '-'); i > MaxNameLen/2 {
			s = s[:i]
		}
		s = strings.Trim(s, "-")
	}
	if s == "" {
		return empty
	}
	if reserved[s] {
		s += "-" + empty
	}
	return s
}

// SafeFolder folds a sub-folder of a bundle typed in the form ("Ảnh/Lễ
// trao giải") to safe path elements joined by "/" ("anh/le-trao-giai"),
// at most three deep; "" stays "". "..", "." and empty elements are
// dropped, so the result is always inside the bundle.
func SafeFolder(s string) string {
	var out []string
	for _, seg := range strings.FieldsFunc(strings.ReplaceAll(s, "\\", "/"), func(r rune) bool { return r == '/' }) {
		if seg = vntext.Slug(seg); seg == "" {
			continue
		}
		out = append(out, Segment(seg, "thu-muc"))
		if len(out) == 3 {
			break
		}
	}
	return strings.Join(out, "/")
}
