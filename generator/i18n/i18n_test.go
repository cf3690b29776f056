package i18n

import (
	"regexp"
	"slices"
	"testing"
)

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// verbs returns the formatting verbs of f, sorted, so that two texts that
// take the same arguments in another order compare equal.
func verbs(f string) []string {
	v := verb.FindAllString(f, -1)
	slices.Sort(v)
	return v
}

// TestCatalog renders every message in both languages and fails on a
// missing text or on texts that take different arguments.
func TestCatalog(t *testing.T) {
	if len(All()) == 0 {
		t.Fatal("the catalog is empty")
	}
	for i, m := range All() {
		vi, en := m.Text(Vi), m.Text(En)
		if vi == "" || en == "" {
			t.Errorf("message %d (%q / %q): a language is missing", i, vi, en)
			continue
		}
		if !slices.Equal(verbs(vi), verbs(en)) {
			t.Errorf("message %d: the texts take different arguments:\n vi %q %v\n en %q %v", i, vi, verbs(vi), en, verbs(en))
		}
		if vi == en && len(vi) > 12 {
			t.Errorf("message %d: Vietnamese text is the English one: %q", i, vi)
		}
	}
}

func TestParseLang(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Lang
		ok   bool
	}{
		{"vi", Vi, true}, {"EN", En, true}, {"en-US", En, true}, {"vi_VN.UTF-8", Vi, true},
		{"", Vi, false}, {"fr", Vi, false},
	} {
		got, ok := ParseLang(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("ParseLang(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestNumber(t *testing.T) {
	for _, c := range []struct {
		n      int
		vi, en string
	}{
		{0, "0", "0"}, {999, "999", "999"}, {1000, "1.000", "1,000"}, {2000, "2.000", "2,000"},
		{12345, "12.345", "12,345"}, {1234567, "1.234.567", "1,234,567"}, {-4500, "-4.500", "-4,500"},
	} {
		SetLang(Vi)
		if got := Number(c.n); got != c.vi {
			t.Errorf("Number(%d) in vi = %q, want %q", c.n, got, c.vi)
		}
		SetLang(En)
		if got := Number(c.n); got != c.en {
			t.Errorf("Number(%d) in en = %q, want %q", c.n, got, c.en)
		}
	}
	// The site's numbers do not follow the command's language.
	SetLang(En)
	if got := NumberIn(Vi, 2000); got != "2.000" {
		t.Errorf("NumberIn(Vi, 2000) under English = %q", got)
	}
	if got := PercentIn(Vi, 5.9); got != "5,9%" {
		t.Errorf("PercentIn(Vi, 5.9) under English = %q", got)
	}
	SetLang(Vi)
	for _, c := range []struct {
		p    float64
		want string
	}{{5.9, "5,9%"}, {50, "50%"}, {33.333, "33,3%"}, {0.04, "0%"}} {
		if got := Percent(c.p); got != c.want {
			t.Errorf("Percent(%v) = %q, want %q", c.p, got, c.want)
		}
	}
}
