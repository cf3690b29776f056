package render

import (
	"bytes"
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
)

func TestCSSBrand(t *testing.T) {
	for _, c := range []struct {
		name, css, want string
	}{
		{"root", `:root { --brand: #1A4F8B; --ink: #000 }`, "#1a4f8b"},
		{"short hex", `:root{--brand:#14a}`, "#1144aa"},
		{"last wins", `:root { --brand: #111111; } p { color: red } :root { --brand: #222222 }`, "#222222"},
		{"html and a selector list", `html, body { --brand: #333333 !important; }`, "#333333"},
		{"comment", `/* --brand: #444444; :root { --brand: #444444 } */ :root { --accent: #fff }`, ""},
		{"inside @media", `@media (prefers-color-scheme: dark) { :root { --brand: #555555 } }`, ""},
		{"media then root", `@media print { :root { --brand: #555555 } } :root { --brand: #666666 }`, "#666666"},
		{"other selector", `.site-header { --brand: #777777 }`, ""},
		{"not hex", `:root { --brand: rgb(1 2 3); }`, ""},
		{"other property", `:root { --brand-dark: #888888; }`, ""},
		{"string with brace", `:root { --x: "}"; --brand: #999999 }`, "#999999"},
		{"unterminated", `:root { --brand: #999999; --x: "`, "#999999"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := cssBrand(c.css)
			if got != c.want || ok != (c.want != "") {
				t.Errorf("cssBrand(%q) = %q, %v; want %q", c.css, got, ok, c.want)
			}
		})
	}
}

// The default theme's brand is DefaultBrand, read from its site.css.
func TestDefaultThemeBrand(t *testing.T) {
	th, err := LoadTheme(nil, "default")
	if err != nil {
		t.Fatal(err)
	}
	if th.Brand != DefaultBrand {
		t.Errorf("default theme brand = %q, want %q (--brand in site.css)", th.Brand, DefaultBrand)
	}
}

// A site that sets --brand in its custom.css gets that colour in every
// place a browser or a phone shows it: theme-color on every page, the
// manifest, the favicon, the touch icon and the share pictures' band.
func TestBrandFollowsCustomCSS(t *testing.T) {
	const brand = "#1a4f8b"
	want := color.RGBA{0x1a, 0x4f, 0x8b, 0xff}
	for _, c := range []struct {
		name  string
		files map[string]string
		brand string
	}{
		{"default", nil, DefaultBrand},
		{"custom.css", map[string]string{"themes/default/static/css/custom.css": ":root { --brand: " + brand + "; }\n"}, brand},
	} {
		t.Run(c.name, func(t *testing.T) {
			files := map[string]string{"content/ho-so/a.md": profileMD(`title: "A"`, "category: giao-duc", "district: chu-pah", "year: 2020", "kind: individual", "criteria: [sang-kien]")}
			for k, v := range c.files {
				files[k] = v
			}
			s := buildTestSite(t, inlineSite(files))
			meta := `<meta name="theme-color" content="` + c.brand + `">`
			for _, u := range []string{"/", "/ho-so/", "/ho-so/a/", "/dia-ban/chu-pah/", "/tim-kiem/"} {
				if p := s.page(t, u); !strings.Contains(p, meta) {
					t.Errorf("%s lacks %s", u, meta)
				}
			}
			var m struct {
				Theme string `json:"theme_color"`
			}
			if err := json.Unmarshal(s.files["site.webmanifest"], &m); err != nil || m.Theme != c.brand {
				t.Errorf("manifest theme_color = %q (%v), want %q", m.Theme, err, c.brand)
			}
			if f := s.files["favicon.svg"]; !bytes.Contains(f, []byte(`<rect width="32" height="32" rx="6" fill="`+c.brand+`"/>`)) {
				t.Errorf("favicon.svg is not on %s: %s", c.brand, f)
			}
			if c.brand != brand {
				return
			}
			icon := decodePNG(t, s.files["apple-touch-icon.png"])
			if got := color.RGBAModel.Convert(icon.At(2, 2)); got != want {
				t.Errorf("apple-touch-icon corner = %v, want %v", got, want)
			}
			var card []byte
			for p, b := range s.files {
				if strings.HasPrefix(p, "anh-chia-se/") && strings.HasSuffix(p, ".png") {
					card = b
					break
				}
			}
			if card == nil {
				t.Fatal("no share picture")
			}
			pic := decodePNG(t, card)
			b := pic.Bounds()
			if got := color.RGBAModel.Convert(pic.At(b.Max.X-2, b.Max.Y-2)); got != want {
				t.Errorf("share picture band = %v, want %v", got, want)
			}
		})
	}
}

func decodePNG(t *testing.T, b []byte) image.Image {
	t.Helper()
	m, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("png: %v", err)
	}
	return m
}

// A theme with its own favicon.svg publishes it as it is.
func TestOwnFaviconKept(t *testing.T) {
	s := buildTestSite(t, inlineSite(map[string]string{
		"content/ho-so/a.md":                profileMD(`title: "A"`, "category: giao-duc", "district: chu-pah", "year: 2020", "kind: individual", "criteria: [sang-kien]"),
		"themes/default/static/favicon.svg": `<svg xmlns="http://www.w3.org/2000/svg"/>`,
	}))
	for _, j := range s.jobs {
		if j.Path == "favicon.svg" {
			t.Error("the renderer makes favicon.svg although the theme has one")
		}
	}
}
