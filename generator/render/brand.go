package render

import (
	"fmt"
	"image/color"
	"io/fs"
	"strconv"
	"strings"
)

// DefaultBrand is the default theme's brand colour, --brand in
// themes/default/static/css/site.css: the colour of a theme whose
// stylesheets set none that brandOf understands.
const DefaultBrand = "#8e1b1b"

// brandSheets are the stylesheets that may set --brand, in the order the
// pages link them (layouts/base.html): a later one wins, as in the
// browser.
var brandSheets = []string{"static/css/site.css", "static/css/custom.css"}

// brandOf returns the theme's brand colour as "#rrggbb": the last value
// of the custom property --brand declared in a :root (or html) rule at
// the top level of css/site.css or the site's css/custom.css. That
// property is how a board restyles the site (docs/themes.md), so the
// colour browsers paint around the page (<meta name="theme-color">), the
// web manifest and the icons follow the same one declaration. Values
// other than a hex colour (#rgb or #rrggbb), and declarations inside
// @media or other at-rules, are ignored; DefaultBrand when none is left.
func brandOf(fsys fs.FS) string {
	brand := DefaultBrand
	for _, name := range brandSheets {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			continue
		}
		if c, ok := cssBrand(string(b)); ok {
			brand = c
		}
	}
	return brand
}

// cssBrand finds the last top-level :root or html declaration of --brand
// in css whose value is a hex colour, normalised to lower-case #rrggbb.
func cssBrand(css string) (string, bool) {
	var found string
	depth := 0
	inRoot := false          // in the declarations of a top-level :root or html rule
	var text strings.Builder // the selector (depth 0) or declaration (inRoot) so far
	end := func() {          // a declaration ends
		if inRoot {
			if v, ok := declared(text.String(), "--brand"); ok {
				found = v
			}
		}
		text.Reset()
	}
	for i := 0; i < len(css); i++ {
		c := css[i]
		switch {
		case c == '/' && i+1 < len(css) && css[i+1] == '*':
			e := strings.Index(css[i+2:], "*/")
			if e < 0 {
				i = len(css)
				continue
			}
			i += e + 3
		case c == '"' || c == '\'':
			e := strings.IndexByte(css[i+1:], c)
			if e < 0 { // unterminated: the rest
				e = len(css) - i - 2
			}
			text.WriteString(css[i : i+e+2])
			i += e + 1
		case c == '{':
			if depth == 0 {
				sel := strings.TrimSpace(text.String())
				inRoot = !strings.HasPrefix(sel, "@") && isRoot(sel)
			} else {
				inRoot = false
			}
			text.Reset()
			depth++
		case c == '}':
			end()
			if depth > 0 {
				depth--
			}
			inRoot = false
		case c == ';':
			end()
		default:
			text.WriteByte(c)
		}
	}
	return found, found != ""
}

// isRoot tells whether a selector list names the document's root.
func isRoot(sel string) bool {
	for _, s := range strings.Split(sel, ",") {
		if s = strings.TrimSpace(s); s == ":root" || s == "html" {
			return true
		}
	}
	return false
}

// declared returns the hex-colour value of a declaration of property
// prop.
func declared(decl, prop string) (string, bool) {
	name, value, ok := strings.Cut(decl, ":")
	if !ok || strings.TrimSpace(name) != prop {
		return "", false
	}
	value = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(value), "!important"))
	return hexColour(value)
}

// hexColour normalises #rgb and #rrggbb to lower-case #rrggbb.
func hexColour(v string) (string, bool) {
	if len(v) != 4 && len(v) != 7 || v[0] != '#' {
		return "", false
	}
	for _, c := range v[1:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return "", false
		}
	}
	v = strings.ToLower(v)
	if len(v) == 4 {
		v = fmt.Sprintf("#%c%c%c%c%c%c", v[1], v[1], v[2], v[2], v[3], v[3])
	}
	return v, true
}

// faviconSVG is the site's icon as an SVG: the star mark of the header
// (layouts/base.html) on a square of the brand colour, as the header
// shows it and as share.Icon draws the PNG icon.
func faviconSVG(brand string) []byte {
	return []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="` + brand +
		`"/><g transform="translate(2.35 2.35) scale(.853)"><circle cx="16" cy="16" r="15" fill="#c8102e"/>` +
		`<path d="M16 5l3.1 7.3 7.9.7-6 5.2 1.8 7.8L16 21.9 9.2 26l1.8-7.8-6-5.2 7.9-.7z" fill="#ffcd00"/></g></svg>` + "\n")
}

// hasStatic tells whether the theme publishes a static file at p (no
// leading slash).
func (th *Theme) hasStatic(p string) bool {
	for _, st := range th.Static {
		if st.Path == p {
			return true
		}
	}
	return false
}

// brandRGB is th.Brand as a colour, for the pictures (share.Card.Band,
// share.Icon).
func (th *Theme) brandRGB() color.RGBA {
	v, err := strconv.ParseUint(strings.TrimPrefix(th.Brand, "#"), 16, 32)
	if err != nil || len(th.Brand) != 7 {
		return color.RGBA{}
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}
