package benchgen

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slugify folds a Vietnamese string to an ASCII slug the Vietnamese way:
// NFD decomposition, combining marks stripped, đ/Đ → d, lower case, and
// every run of characters outside [a-z0-9] collapsed to a single "-".
func Slugify(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	dash := false
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'đ', 'Đ':
			r = 'd'
		}
		r = unicode.ToLower(r)
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}
