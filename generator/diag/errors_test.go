package diag

import (
	"errors"
	"fmt"
	"slices"
	"testing"
)

// wrapper holds one error, as build.Failed does.
type wrapper struct{ err error }

func (w *wrapper) Error() string { return w.err.Error() }
func (w *wrapper) Unwrap() error { return w.err }

func TestErrors(t *testing.T) {
	a := &Error{Path: "a.md", Line: 1, Msg: "a"}
	b := &Error{Path: "b.md", Line: 2, Msg: "b"}
	plain := errors.New("plain")
	tests := []struct {
		name string
		err  error
		want []string
	}{
		{"nil", nil, nil},
		{"one", a, []string{"a.md:1: a"}},
		{"joined", errors.Join(a, b), []string{"a.md:1: a", "b.md:2: b"}},
		{"wrapped join keeps every problem", &wrapper{errors.Join(a, errors.Join(b))}, []string{"a.md:1: a", "b.md:2: b"}},
		{"fmt-wrapped problem", fmt.Errorf("loading: %w", a), []string{"a.md:1: a"}},
		{"plain error keeps its text", fmt.Errorf("write x: %w", plain), []string{"write x: plain"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range Errors(tt.err) {
				got = append(got, e.Error())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Errors = %q, want %q", got, tt.want)
			}
		})
	}
}
