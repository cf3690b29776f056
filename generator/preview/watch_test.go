package preview

import (
	"testing"
)

func TestSkip(t *testing.T) {
	tests := []struct {
		path string
		skip bool
	}{
		{"site.yaml", false},
		{"site.yaml~", true},
		{".site.yaml.swp", true},
		{"content", false},
		{"content/ho-so/a.md", false},
		{"content/ho-so/a/anh.jpg", false},
		{"content/ho-so/.a.md.swp", true},
		{"content/ho-so/a.md~", true},
		{"content/ho-so/#a.md#", true},
		{"content/ho-so/_nhap/a.md", true},
		{"content/.git/HEAD", true},
		{"content/ho-so/4913", false}, // vim's probe: not ignored by the build either
		{"static/css/x.css", false},
		{"static/css/x.css.bak", true},
		{"themes/default/layouts/base.html", false},
		{"themes/default/static/_x.css", false}, // a theme publishes it
		{"themes/default/.DS_Store", true},
		{"public/index.html", true},
		{".git/index", true},
		{"README.md", true},
		{".cache/images/a.jpg", true},
	}
	for _, tt := range tests {
		if got := skip(tt.path); got != tt.skip {
			t.Errorf("skip(%q) = %v, want %v", tt.path, got, tt.skip)
		}
	}
}
