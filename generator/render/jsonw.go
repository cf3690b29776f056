package render

import (
	"strconv"
	"unicode/utf8"
)

// The open data and the JSON-LD of profile pages are written with the
// append functions below instead of encoding/json, whose reflection was
// two seconds of CPU at 100,000 profiles. They write exactly the bytes
// encoding/json writes for the same values (TestJSONWriters compares
// them on every profile of the test sites, FuzzJSONString on any string).

// appendJSONString appends s as a JSON string the way encoding/json's
// Marshal does: <, > and & escaped as \u003c, \u003e and \u0026 (so the
// result can go inside a <script> element), U+2028 and U+2029 escaped,
// and invalid UTF-8 replaced by \ufffd.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		} else if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		} else {
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

const hexDigits = "0123456789abcdef"

// jsonSafe marks the ASCII bytes appendJSONString copies as they are.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = true
	}
	for _, c := range `"\<>&` {
		t[c] = false
	}
	return t
}()

// jsonObject appends the members of one JSON object, in the order they
// are added, with encoding/json's punctuation (no spaces).
type jsonObject struct {
	b     []byte
	first bool
}

func openObject(b []byte) jsonObject { return jsonObject{b: append(b, '{'), first: true} }

func (o *jsonObject) key(k string) {
	if !o.first {
		o.b = append(o.b, ',')
	}
	o.first = false
	o.b = appendJSONString(o.b, k)
	o.b = append(o.b, ':')
}

func (o *jsonObject) str(k, v string) {
	o.key(k)
	o.b = appendJSONString(o.b, v)
}

// strOmit is str for a field tagged omitempty.
func (o *jsonObject) strOmit(k, v string) {
	if v != "" {
		o.str(k, v)
	}
}

func (o *jsonObject) int(k string, v int) {
	o.key(k)
	o.b = strconv.AppendInt(o.b, int64(v), 10)
}

func (o *jsonObject) bool(k string, v bool) {
	o.key(k)
	o.b = strconv.AppendBool(o.b, v)
}

// strs appends a list of strings; nil is null, as encoding/json writes it.
func (o *jsonObject) strs(k string, v []string) {
	o.key(k)
	o.b = appendJSONStrings(o.b, v)
}

func (o *jsonObject) close() []byte { return append(o.b, '}') }

func appendJSONStrings(b []byte, v []string) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	return appendArray(b, len(v), func(b []byte, i int) []byte { return appendJSONString(b, v[i]) })
}

// appendArray appends a JSON array of n elements, each appended by elem.
func appendArray(b []byte, n int, elem func(b []byte, i int) []byte) []byte {
	b = append(b, '[')
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		b = elem(b, i)
	}
	return append(b, ']')
}
