// Package vntext holds the Vietnamese text rules every other stage relies
// on: NFC normalization, folding for case- and diacritic-insensitive
// matching, ASCII slugs, Vietnamese collation and "did you mean"
// suggestions.
//
// All functions are pure and safe for concurrent use. A Collator is not: use
// one per goroutine (NewCollator is cheap).
package vntext

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalization form C, the form every string is
// kept in after loading.
func NFC(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// Fold returns the matching form of s: NFD, combining marks stripped, đ/Đ
// turned into d, lower-cased, and runs of spaces, punctuation and symbols
// collapsed to one space with none at either end. "CHƯ PĂH", "Chư Păh" and
// "chu-pah" all fold to "chu pah". Folded strings are what value resolution
// and search compare.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			default:
				space = b.Len() > 0
				continue
			}
		case latinFirst <= r && r <= latinLast && latinBase[r-latinFirst] != 0:
			r = rune(latinBase[r-latinFirst])
		case combiningFirst <= r && r <= combiningLast:
			continue // U+0300–U+036F are all Mn: marks of decomposed text
		case punctFirst <= r && r <= punctLast && punctSep[r-punctFirst]:
			space = b.Len() > 0 // dashes, curly quotes, ellipsis…
			continue
		default:
			return foldSlow(s)
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(byte(r))
	}
	return b.String()
}

// foldSlow is Fold for any text: the definition Fold's table follows.
func foldSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
		default:
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// latinBase maps each precomposed Latin letter from latinFirst to
// latinLast (Latin-1, Latin Extended-A/B and Latin Extended Additional,
// where every Vietnamese letter lives) to the lower-case ASCII letter
// foldSlow turns it into, or 0 when that is not a single ASCII letter.
// Fold uses it to skip normalization for nearly all Vietnamese text; it
// is built from foldSlow itself, so the two cannot disagree.
var latinBase = func() (t [latinLast - latinFirst + 1]byte) {
	for r := rune(latinFirst); r <= latinLast; r++ {
		if f := foldSlow(string(r)); len(f) == 1 && 'a' <= f[0] && f[0] <= 'z' {
			t[r-latinFirst] = f[0]
		}
	}
	return t
}()

// punctSep marks the characters of General Punctuation (U+2000–U+206F)
// that foldSlow treats as separators: all but a few format characters.
// Summaries and titles are full of “quotes” and – dashes.
var punctSep = func() (t [punctLast - punctFirst + 1]bool) {
	for r := rune(punctFirst); r <= punctLast; r++ {
		t[r-punctFirst] = foldSlow("a"+string(r)+"b") == "a b"
	}
	return t
}()

const (
	punctFirst     = 0x2000
	punctLast      = 0x206F
	latinFirst     = 0x00C0
	latinLast      = 0x1EFF
	combiningFirst = 0x0300
	combiningLast  = 0x036F
)

// Slug folds s to an ASCII URL segment the Vietnamese way: marks stripped,
// đ → d, lower case, every run of other characters turned into one "-",
// none at either end. "Già làng Đinh Văn Ơn" → "gia-lang-dinh-van-on".
// Letters outside ASCII that have no decomposition (for example "ß" or CJK)
// are dropped. Slug returns "" when nothing is left.
func Slug(s string) string {
	f := Fold(s)
	var b strings.Builder
	b.Grow(len(f))
	dash := false
	for _, r := range f {
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}

// A Collator compares strings in Vietnamese alphabetical order (a ă â b c d
// đ e ê … o ô ơ … u ư …, tones after the base letter), ignoring case
// differences at the first level. It is not safe for concurrent use.
type Collator struct {
	c   *collate.Collator
	buf collate.Buffer
}

// NewCollator returns a Collator for Vietnamese.
func NewCollator() *Collator {
	return &Collator{c: collate.New(language.Vietnamese)}
}

// Compare returns -1, 0 or +1 as a sorts before, equal to or after b.
func (c *Collator) Compare(a, b string) int {
	return c.c.CompareString(a, b)
}

// Key returns a byte sort key for s: comparing keys with bytes.Compare gives
// the same order as Compare. Keys let a large list be sorted once with
// plain byte comparisons. The returned slice is owned by the caller.
func (c *Collator) Key(s string) []byte {
	k := c.c.KeyFromString(&c.buf, s)
	out := make([]byte, len(k))
	copy(out, k)
	c.buf.Reset()
	return out
}

// Distance returns the Levenshtein edit distance between a and b, counted in
// runes.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Closest returns the index of the candidate nearest to s after folding
// both, or -1 when none is near enough to be a plausible typo (at most a
// third of the longer string's runes differ, and never more than 4). Ties
// go to the earlier candidate, so results are deterministic.
func Closest(s string, candidates []string) int {
	fs := Fold(s)
	best, bestD := -1, 0
	for i, c := range candidates {
		fc := Fold(c)
		d := Distance(fs, fc)
		limit := max(utf8.RuneCountInString(fs), utf8.RuneCountInString(fc))/3 + 1
		if limit > 4 {
			limit = 4
		}
		if d <= limit && (best < 0 || d < bestD) {
			best, bestD = i, d
		}
	}
	return best
}

// IsNFC reports whether b is in normalization form C, like
// norm.NFC.IsNormal, without table look-ups for the characters profiles
// are made of: those below U+0300 and the Vietnamese precomposed letters
// (U+1E00–U+1EFF). Each of them has canonical combining class 0, may stand
// in NFC text, and never composes with the character before it, so a
// normalization boundary falls before each. Only the runs of other
// characters (punctuation like “–”, marks, other scripts) are checked with norm.NFC.IsNormal, together with the character before
// them, which marks may compose with; text with invalid UTF-8 goes to norm
// whole. Profiles are almost always NFC, and
// checking whole files with norm was a tenth of loading time.
func IsNFC(b []byte) bool {
	valid, nfc := CheckText(b)
	if !valid {
		return norm.NFC.IsNormal(b) // invalid UTF-8: leave it all to norm
	}
	return nfc
}

// CheckText reports whether b is valid UTF-8 (as utf8.Valid) and, when it
// is, whether it is in normalization form C (as IsNFC), in one pass.
func CheckText(b []byte) (valid, nfc bool) {
	safe := func(r rune) bool { return r < 0x300 || r >= 0x1E00 && r <= 0x1EFF }
	nfc = true
	prev := 0 // start of the last safe character
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			// An ASCII run, eight bytes at a time where it is long.
			i++
			for i+8 <= len(b) && binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 == 0 {
				i += 8
			}
			for i < len(b) && b[i] < utf8.RuneSelf {
				i++
			}
			prev = i - 1
			continue
		}
		// Vietnamese letters, decoded inline: U+0080-U+02FF (two bytes,
		// lead C2-CB) and U+1E00-U+1EFF (E1 B8-BB xx), valid UTF-8 and
		// safe whenever the following bytes are continuation bytes.
		if c := b[i]; c >= 0xC2 && c <= 0xCB && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
			prev = i
			i += 2
			continue
		} else if c == 0xE1 && i+2 < len(b) && b[i+1] >= 0xB8 && b[i+1] <= 0xBB && b[i+2]&0xC0 == 0x80 {
			prev = i
			i += 3
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return false, false
		}
		if safe(r) {
			prev = i
			i += n
			continue
		}
		// A run of other characters: up to the next safe one.
		j := i + n
		for j < len(b) {
			r, n := utf8.DecodeRune(b[j:])
			if r == utf8.RuneError && n <= 1 {
				return false, false
			}
			if safe(r) {
				break
			}
			j += n
		}
		if nfc && !norm.NFC.IsNormal(b[min(prev, i):j]) {
			nfc = false // go on: the rest must still be valid UTF-8
		}
		i = j
	}
	return true, nfc
}
