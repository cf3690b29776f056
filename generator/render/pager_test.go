package render

import (
	"strings"
	"testing"
)

func TestPagerLinks(t *testing.T) {
	show := func(ls []Link) string {
		var b []string
		for _, l := range ls {
			s := l.Name
			if l.Current {
				s = "[" + s + "]"
			}
			b = append(b, s)
		}
		return strings.Join(b, " ")
	}
	tests := []struct {
		n, pages int
		want     string
	}{
		{1, 1, "[1]"},
		{1, 5, "[1] 2 3 4 5"},
		{1, 10, "[1] 2 3 … 10"},
		{5, 10, "1 2 3 4 [5] 6 7 … 10"},
		{6, 10, "1 … 4 5 [6] 7 8 9 10"},
		{7, 12, "1 … 5 6 [7] 8 9 … 12"},
		{4, 10, "1 2 3 [4] 5 6 … 10"},
		{10, 10, "1 … 8 9 [10]"},
		{8, 10, "1 … 6 7 [8] 9 10"},
		{2500, 5000, "1 … 2498 2499 [2500] 2501 2502 … 5000"},
	}
	for _, tt := range tests {
		got := pagerLinks("/ho-so/", tt.n, tt.pages)
		if show(got) != tt.want {
			t.Errorf("page %d of %d: %s, want %s", tt.n, tt.pages, show(got), tt.want)
		}
		for _, l := range got {
			if l.Name == "…" && l.URL != "" || l.Name != "…" && l.URL == "" {
				t.Errorf("link %+v", l)
			}
		}
	}
	if u := pagerLinks("/ho-so/", 1, 3)[2].URL; u != "/ho-so/trang/3/" {
		t.Errorf("url = %s", u)
	}
}
