// Package diag defines the one error type every stage reports problems
// with: a position in a file, the field concerned, a plain-language message
// and, where one helps, how to fix it.
//
// Stages collect every problem they find and return them together with
// errors.Join, so one run lists everything that is wrong. Use Errors to get
// the individual *Error values back out of a joined error.
package diag

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/guongsang/guongsang/generator/i18n"
)

// Severity tells whether a problem stops publishing.
type Severity int

const (
	// SevError stops the build: nothing is published.
	SevError Severity = iota
	// SevWarning is reported but does not stop the build.
	SevWarning
)

// Error is a problem at a position in a site file. Path is slash-separated
// and relative to the site root; Line and Col are 1-based and 0 when
// unknown.
type Error struct {
	Path  string
	Line  int
	Col   int
	Field string // the front-matter or config field, if any
	Msg   string // what is wrong, lower case, no trailing period
	Hint  string // how to fix it, or ""
	Sev   Severity
	Err   error // an underlying cause, if any
}

// Error formats e as "path:line: field: message; hint", a warning with
// the catalog's word for it ("cảnh báo: ") before the field.
func (e *Error) Error() string {
	var b strings.Builder
	if e.Path != "" {
		b.WriteString(e.Path)
		if e.Line > 0 {
			fmt.Fprintf(&b, ":%d", e.Line)
			if e.Col > 0 {
				fmt.Fprintf(&b, ":%d", e.Col)
			}
		}
		b.WriteString(": ")
	}
	if e.Sev == SevWarning {
		b.WriteString(i18n.Warning.T())
	}
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	if e.Hint != "" {
		b.WriteString("; ")
		b.WriteString(e.Hint)
	}
	return b.String()
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// List collects problems. The zero value is ready to use. It is not safe for
// concurrent use.
type List struct {
	items []*Error
}

// Add appends e.
func (l *List) Add(e *Error) { l.items = append(l.items, e) }

// Errorf adds an error-severity problem.
func (l *List) Errorf(path string, line int, field, hint, format string, args ...any) {
	l.Add(&Error{Path: path, Line: line, Field: field, Hint: hint, Msg: fmt.Sprintf(format, args...)})
}

// Warnf adds a warning.
func (l *List) Warnf(path string, line int, field, hint, format string, args ...any) {
	l.Add(&Error{Path: path, Line: line, Field: field, Hint: hint, Msg: fmt.Sprintf(format, args...), Sev: SevWarning})
}

// Merge appends every problem of other.
func (l *List) Merge(other *List) { l.items = append(l.items, other.items...) }

// Items returns the problems collected so far, in the order added.
func (l *List) Items() []*Error { return l.items }

// Len returns the number of problems of any severity.
func (l *List) Len() int { return len(l.items) }

// Split sorts the problems by path, line and column and returns the
// warnings and the errors joined into one error (nil when there are none).
func (l *List) Split() (warnings []*Error, err error) {
	Sort(l.items)
	var errs []error
	for _, e := range l.items {
		if e.Sev == SevWarning {
			warnings = append(warnings, e)
		} else {
			errs = append(errs, e)
		}
	}
	return warnings, errors.Join(errs...)
}

// Sort orders problems by path, line, column and message, the order they
// are printed in.
func Sort(es []*Error) {
	slices.SortStableFunc(es, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Col, b.Col), cmp.Compare(a.Msg, b.Msg))
	})
}

// Errors flattens err, which may be joined or wrapped, into its *Error
// values. Errors that are not *Error are returned as an *Error with only Msg
// set, so callers can print everything the same way.
func Errors(err error) []*Error {
	if err == nil {
		return nil
	}
	var out []*Error
	var walk func(error)
	walk = func(err error) {
		if e, ok := err.(*Error); ok {
			out = append(out, e)
			return
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		var e *Error
		if errors.As(err, &e) {
			// A wrapper may hold several problems, as build.Failed holds a
			// joined error: unwrap it rather than keep the first only.
			if u, ok := err.(interface{ Unwrap() error }); ok && u.Unwrap() != nil {
				walk(u.Unwrap())
				return
			}
			out = append(out, e)
			return
		}
		out = append(out, &Error{Msg: err.Error(), Err: err})
	}
	walk(err)
	return out
}
