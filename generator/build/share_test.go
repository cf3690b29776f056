package build

import (
	"bytes"
	"fmt"
	"html"
	"image"
	"image/png"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// isSharePicture reports whether the output file name is a picture drawn
// by package share: a share picture or the site icon.
func isSharePicture(name string) bool {
	return strings.HasPrefix(name, "anh-chia-se/") && (strings.HasSuffix(name, ".png") || strings.HasSuffix(name, ".jpg")) || name == "apple-touch-icon.png"
}

// similarPNG compares two pictures (PNGs, or JPEGs for cards with a
// photo) by their pixels: same size, a mean
// difference of at most 1 level per channel, and at most 0.5% of pixels
// differing by more than 48 levels in a channel (a glyph moved or
// missing is tens of thousands of pixels; an antialiasing change is a
// level or two at its edges).
func similarPNG(got, want []byte) error {
	g, gf, err := image.Decode(bytes.NewReader(got))
	if err != nil {
		return fmt.Errorf("does not open: %v", err)
	}
	w, wf, err := image.Decode(bytes.NewReader(want))
	if err != nil {
		return fmt.Errorf("golden does not open: %v", err)
	}
	if gf != wf {
		return fmt.Errorf("a %s, golden a %s", gf, wf)
	}
	if g.Bounds() != w.Bounds() {
		return fmt.Errorf("size %v, want %v", g.Bounds().Size(), w.Bounds().Size())
	}
	var sum, far, n int
	b := g.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			d := pixelDiff(g, w, x, y)
			sum += d
			if d > 48 {
				far++
			}
			n++
		}
	}
	if mean := float64(sum) / float64(n); mean > 1 {
		return fmt.Errorf("mean difference %.2f levels per channel, want ≤ 1", mean)
	}
	if far*200 > n {
		return fmt.Errorf("%d of %d pixels differ by more than 48 levels, want ≤ 0.5%%", far, n)
	}
	return nil
}

// pixelDiff is the largest difference, in 8-bit levels, between the
// channels of a and b at (x, y).
func pixelDiff(a, b image.Image, x, y int) int {
	r1, g1, b1, a1 := a.At(x, y).RGBA()
	r2, g2, b2, a2 := b.At(x, y).RGBA()
	d := 0
	for _, p := range [][2]uint32{{r1, r2}, {g1, g2}, {b1, b2}, {a1, a2}} {
		v := int(p[0]>>8) - int(p[1]>>8)
		if v < 0 {
			v = -v
		}
		d = max(d, v)
	}
	return d
}

var ogMeta = regexp.MustCompile(`<meta property="og:image(:[a-z]+)?" content="([^"]*)">`)

// TestSharePictures builds the sample site at the repository's root and
// the golden site and checks that every page but the 404 page names a
// share picture with its width, height, a raster type and an alt text;
// that every generated picture it names exists and opens at 1200×630, or
// at the size the page states for a photo; and that every picture in
// anh-chia-se/ is named by some page.
func TestSharePictures(t *testing.T) {
	for _, dir := range []string{"testdata/golden/site", "../.."} {
		t.Run(dir, func(t *testing.T) {
			files := buildMemory(t, dir, Options{})
			s, err := Load(os.DirFS(dir), Options{Now: now})
			if err != nil {
				t.Fatal(err)
			}
			base := strings.TrimSuffix(s.Config.BaseURL, "/")
			named := map[string]bool{}
			kinds := map[string]bool{}
			for name, b := range files {
				if !strings.HasSuffix(name, ".html") || strings.HasSuffix(name, "/ky-yeu/index.html") {
					continue // an honour book is made to print, not to share
				}
				meta := map[string]string{}
				for _, m := range ogMeta.FindAllSubmatch(b, -1) {
					meta[string(m[1])] = html.UnescapeString(string(m[2]))
				}
				kinds[pageKind(name)] = true
				u, w, h, typ := meta[""], meta[":width"], meta[":height"], meta[":type"]
				if u == "" || w == "" || h == "" || meta[":alt"] == "" {
					t.Errorf("%s: og:image %q, width %q, height %q, alt %q: want all four", name, u, w, h, meta[":alt"])
					continue
				}
				if typ != "image/png" && typ != "image/jpeg" {
					t.Errorf("%s: og:image:type %q, want a raster type", name, typ)
				}
				if !strings.HasPrefix(u, base+"/") {
					t.Errorf("%s: og:image %q is not absolute on %s", name, u, base)
					continue
				}
				if !bytes.Contains(b, []byte(`<meta name="twitter:card" content="summary_large_image">`)) {
					t.Errorf("%s: twitter:card is not summary_large_image", name)
				}
				path := strings.TrimPrefix(u, base+"/")
				named[path] = true
				pic, ok := files[path]
				if !ok {
					if strings.HasPrefix(path, "anh-chia-se/") {
						t.Errorf("%s: og:image %s is not in the output", name, path)
					}
					continue // a photo, copied from the site
				}
				cfg, format, err := image.DecodeConfig(bytes.NewReader(pic))
				if err != nil {
					t.Errorf("%s: %s does not open: %v", name, path, err)
					continue
				}
				if strconv.Itoa(cfg.Width) != w || strconv.Itoa(cfg.Height) != h || "image/"+format != typ {
					t.Errorf("%s: %s is a %d×%d %s, the page says %s×%s %s", name, path, cfg.Width, cfg.Height, format, w, h, typ)
				}
				if cfg.Width < 1200 {
					t.Errorf("%s: %s is %d px wide; Facebook and Zalo show 1200", name, path, cfg.Width)
				}
			}
			for _, k := range []string{"home", "profile", "list", "terms", "search", "stats", "data", "404"} {
				if !kinds[k] {
					t.Errorf("no page of kind %s was checked", k)
				}
			}
			for name := range files {
				if strings.HasPrefix(name, "anh-chia-se/") && !named[name] {
					t.Errorf("%s is named by no page", name)
				}
			}
			if _, ok := files["apple-touch-icon.png"]; !ok {
				t.Error("no apple-touch-icon.png")
			}
			if !bytes.Contains(files["site.webmanifest"], []byte(`"src": "/apple-touch-icon.png"`)) {
				t.Errorf("the manifest names no icon:\n%s", files["site.webmanifest"])
			}
		})
	}
}

// pageKind guesses a page's kind from its output path, to check that
// every kind was seen.
func pageKind(name string) string {
	switch {
	case name == "index.html":
		return "home"
	case name == "404.html":
		return "404"
	case strings.HasPrefix(name, "tim-kiem/"):
		return "search"
	case strings.HasPrefix(name, "thong-ke/"):
		return "stats"
	case strings.HasPrefix(name, "du-lieu/"):
		return "data"
	case name == "ho-so/index.html" || strings.Contains(name, "/trang/"):
		return "list"
	case strings.HasPrefix(name, "ho-so/"):
		return "profile"
	case strings.Count(name, "/") == 1:
		return "terms"
	}
	return "list"
}

// TestSharePictureWithPhoto: a profile whose photo is narrower than 1200
// pixels is shared with a drawn card that shows the photo on its right,
// a JPEG (photographic content), which the page names as such.
func TestSharePictureWithPhoto(t *testing.T) {
	dir := copyDir(t, "testdata/golden/site")
	m := image.NewRGBA(image.Rect(0, 0, 800, 600))
	for i := range m.Pix {
		m.Pix[i] = 0x20 // a dark photo: nothing like the card's paper
		if i%4 == 3 {
			m.Pix[i] = 0xff
		}
	}
	var b bytes.Buffer
	_ = png.Encode(&b, m)
	writeFiles(t, dir, map[string][]byte{
		"content/ho-so/anh-vua/index.md": []byte("---\ntitle: \"Rơ Mah H'Yến\"\nkind: individual\ncategory: y-te\ndistrict: pleiku\nyear: 2020\ncriteria: [sang-kien]\nphoto: anh.png\n---\n\nx\n"),
		"content/ho-so/anh-vua/anh.png":  b.Bytes(),
	})
	files := buildMemory(t, dir, Options{})
	page := string(files["ho-so/anh-vua/index.html"])
	if !strings.Contains(page, `<meta property="og:image" content="https://thu.example/anh-chia-se/ho-so/anh-vua.jpg">`) {
		t.Fatal("a profile with an 800-pixel photo is not shared with its drawn card, a JPEG")
	}
	if !strings.Contains(page, `<meta property="og:image:type" content="image/jpeg">`) {
		t.Error("the card with a photo is not typed image/jpeg")
	}
	if _, ok := files["anh-chia-se/ho-so/anh-vua.png"]; ok {
		t.Error("the card with a photo is also written as a PNG")
	}
	pic, format, err := image.Decode(bytes.NewReader(files["anh-chia-se/ho-so/anh-vua.jpg"]))
	if err != nil || format != "jpeg" {
		t.Fatalf("the card is a %q: %v", format, err)
	}
	if r, g, bl, _ := pic.At(1000, 200).RGBA(); r>>8 > 0x40 || g>>8 > 0x40 || bl>>8 > 0x40 {
		t.Errorf("the card's right side is %d,%d,%d, not the photo", r>>8, g>>8, bl>>8)
	}
	if r, _, _, _ := pic.At(30, 200).RGBA(); r>>8 < 0xf0 {
		t.Errorf("the card's left side is not paper")
	}
}
