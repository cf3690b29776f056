// Package i18n is the one catalog of every sentence guongsang shows a
// person: command help and usage, errors, warnings, hints, summaries, the
// preview's terminal lines and overlay, and the editor.
//
// Each message is a *Msg declared once, as a package-level variable in one
// of this package's msg_*.go files, with its Vietnamese and its English
// text side by side. Code elsewhere refers to the variable, so a message
// that does not exist is a compile error, and TestCatalog checks that every
// message has both texts with the same formatting verbs.
//
// Vietnamese is the default language. SetLang switches the whole process
// (the command line does it once, from --lang or GUONGSANG_LANG, before any
// other work); it is safe for concurrent use, but messages already formatted
// keep the language they were formatted in.
package i18n

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
)

// Lang is a language the catalog speaks.
type Lang uint32

const (
	// Vi is Vietnamese, the default.
	Vi Lang = iota
	// En is English, for developers.
	En
)

func (l Lang) String() string {
	if l == En {
		return "en"
	}
	return "vi"
}

var current atomic.Uint32

// SetLang makes l the language of every message formatted from now on.
func SetLang(l Lang) { current.Store(uint32(l)) }

// Current returns the language messages are formatted in.
func Current() Lang { return Lang(current.Load()) }

// ParseLang reads a language name: "vi", "en", and their regional forms
// ("en-US", "vi_VN.UTF-8"), in any case. It reports false for anything
// else.
func ParseLang(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_."); i >= 0 {
		s = s[:i]
	}
	switch s {
	case "vi":
		return Vi, true
	case "en":
		return En, true
	}
	return Vi, false
}

// FromEnv returns the language named by GUONGSANG_LANG, or Vi when it is
// unset or names no language the catalog speaks.
func FromEnv() Lang {
	l, _ := ParseLang(os.Getenv("GUONGSANG_LANG"))
	return l
}

// Msg is one message of the catalog: a format string per language, in
// fmt's syntax. Both texts take the same arguments; use explicit argument
// indexes (%[2]s) where the word order differs.
type Msg struct {
	vi, en string
}

var all []*Msg

// New declares a message. It is meant for this package's msg_*.go files,
// at package level, so that every message is known when the program
// starts.
func New(vi, en string) *Msg {
	m := &Msg{vi: vi, en: en}
	all = append(all, m)
	return m
}

// T formats m in the current language.
func (m *Msg) T(args ...any) string { return m.In(Current(), args...) }

// In formats m in language l.
func (m *Msg) In(l Lang, args ...any) string {
	f := m.vi
	if l == En {
		f = m.en
	}
	if len(args) == 0 {
		return f
	}
	return fmt.Sprintf(f, args...)
}

// Text returns m's unformatted text in language l.
func (m *Msg) Text(l Lang) string {
	if l == En {
		return m.en
	}
	return m.vi
}

// All returns every message of the catalog, in declaration order.
func All() []*Msg { return all }

// Number formats n the Vietnamese way, with a dot between thousands
// (2.000; -12.345), or the English way (2,000) when the current language
// is English. Years and line numbers are not quantities: print them with
// %d.
func Number(n int) string { return NumberIn(Current(), n) }

// NumberIn is Number in language l, whatever the current language: the
// published site is Vietnamese even when the command speaks English.
func NumberIn(l Lang, n int) string {
	sep := byte('.')
	if l == En {
		sep = ','
	}
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	if len(s) <= 3 {
		if neg {
			return "-" + s
		}
		return s
	}
	var b []byte
	if neg {
		b = append(b, '-')
	}
	head := len(s) % 3
	if head == 0 {
		head = 3
	}
	b = append(b, s[:head]...)
	for i := head; i < len(s); i += 3 {
		b = append(b, sep)
		b = append(b, s[i:i+3]...)
	}
	return string(b)
}

// Percent formats a share in percent with one decimal, "5,9%" in
// Vietnamese and "5.9%" in English; whole numbers have no decimal
// ("50%").
func Percent(p float64) string { return PercentIn(Current(), p) }

// PercentIn is Percent in language l.
func PercentIn(l Lang, p float64) string {
	s := strconv.FormatFloat(p, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	if l != En {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s + "%"
}

// Cause names what went wrong in a system error, in the current language:
// a missing file, a denied permission or an existing file in the words
// of the catalog, anything else as the system says it, without the path
// and operation an *fs.PathError adds (the message around it names the
// file).
func Cause(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, fs.ErrNotExist):
		return CauseNotExist.T()
	case errors.Is(err, fs.ErrPermission):
		return CausePermission.T()
	case errors.Is(err, fs.ErrExist):
		return CauseExist.T()
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch err.Error() {
	case "path escapes from parent": // os.Root: a link out of the site
		return CauseEscapes.T()
	case "not a regular file": // sitefs.ErrNotRegular
		return CauseNotRegular.T()
	}
	return err.Error()
}

// Wrap returns an error whose text is msg, a message of the catalog that
// already says what err means, and which unwraps to err, so errors.Is and
// errors.As still see the cause.
func Wrap(msg string, err error) error { return &wrapped{msg, err} }

type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg }
func (w *wrapped) Unwrap() error { return w.err }
