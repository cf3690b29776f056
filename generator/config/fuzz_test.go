package config

import (
	"os"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/guongsang/guongsang/generator/vntext"
)

// FuzzVocabulary: whatever two districts are called, Parse never panics,
// nor do Resolve and Suggest whatever a writer types; and when site.yaml
// is accepted, every key, name and alias resolves to its own term, typed as
// in site.yaml or as stored (NFC, trimmed). Seeded from the sample site's
// districts.
func FuzzVocabulary(f *testing.F) {
	f.Add("chu-pah", "Chư Păh", "Huyện Chư Păh", "dak-doa", "Đak Đoa", "Đăk Đoa", "Chu Pa")
	f.Add("a", "A", "", "b", "B", "", "")
	f.Add("x", " \u0301", "-", "y", "ĐĐ", "dd", "đđ")
	if data, err := os.ReadFile("../../site.yaml"); err == nil {
		if s, _, err := Parse(data); err == nil {
			ts := s.Districts.Terms
			for i := 0; i+1 < len(ts); i += 2 {
				a, b := ts[i], ts[i+1]
				f.Add(a.Key, a.Name, first(a.Aliases), b.Key, b.Name, first(b.Aliases), a.Name+"x")
			}
		}
	}
	f.Fuzz(func(t *testing.T, k1, n1, a1, k2, n2, a2, query string) {
		type term struct {
			Key     string   `yaml:"key"`
			Name    string   `yaml:"name"`
			Aliases []string `yaml:"aliases,omitempty"`
		}
		aliases := func(a string) []string {
			if a == "" {
				return nil
			}
			return []string{a}
		}
		terms := []term{{k1, n1, aliases(a1)}, {k2, n2, aliases(a2)}}
		data, err := yaml.Marshal(map[string]any{
			"title": "x", "base_url": "https://x.example/",
			"categories": []term{{"c", "C", nil}},
			"criteria":   []term{{"r", "R", nil}},
			"districts":  terms,
		})
		if err != nil {
			t.Skip() // not representable in YAML: not a site.yaml anyone can write
		}
		s, _, err := Parse(data)
		if s != nil {
			for _, v := range []*Vocabulary{s.Districts, s.Kinds} {
				v.Resolve(query)
				v.Suggest(query)
			}
		}
		if err != nil {
			return
		}
		if len(s.Districts.Terms) != 2 {
			t.Fatalf("accepted with %d terms: %+v", len(s.Districts.Terms), s.Districts.Terms)
		}
		for i, in := range terms {
			want := s.Districts.Terms[i]
			typed := append([]string{in.Key, in.Name, want.Key, want.Name}, in.Aliases...)
			typed = append(typed, want.Aliases...)
			for _, name := range typed {
				got, ok := s.Districts.Resolve(name)
				if !ok && foldable(name) {
					t.Errorf("Resolve(%q) found nothing; want %q", name, want.Key)
				}
				if ok && got.Key != want.Key {
					t.Errorf("Resolve(%q) = %q, want %q", name, got.Key, want.Key)
				}
			}
		}
	})
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

// foldable reports whether s has a letter or digit to match on: a name of
// only punctuation or marks folds to "" and matches nothing, by design.
func foldable(s string) bool {
	return vntext.Fold(s) != ""
}
