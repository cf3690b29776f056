package images

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/guongsang/guongsang/generator/diag"
)

// photo draws a w×h test photo: smooth gradients with some detail, so the
// encoders have something like a photograph to work on. Left of the middle
// is reddish, right of it bluish, so tests can tell orientation.
func photo(w, h int, alpha bool) *image.NRGBA {
	m := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := color.NRGBA{G: uint8(y * 255 / h), A: 255}
			if x < w/2 {
				c.R = 200 + uint8((x*y)%50)
			} else {
				c.B = 200 + uint8((x+y)%50)
			}
			if alpha && x < w/10 {
				c.A = 0
			}
			m.SetNRGBA(x, y, c)
		}
	}
	return m
}

func encodeJPEG(t testing.TB, m image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, m, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func encodePNG(t testing.TB, m image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, m); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// withOrientation inserts an EXIF segment with orientation o after the
// start-of-image marker, as a phone camera does.
func withOrientation(jpg []byte, o int) []byte {
	tiff := []byte{'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, byte(o), 0, 0, 0, 0, 0, 0}
	seg := append([]byte("Exif\x00\x00"), tiff...)
	n := len(seg) + 2
	out := append([]byte{}, jpg[:2]...)
	out = append(out, 0xFF, 0xE1, byte(n>>8), byte(n))
	out = append(out, seg...)
	return append(out, jpg[2:]...)
}

func plan(t testing.TB, files map[string][]byte, cache string) *Set {
	t.Helper()
	fsys := fstest.MapFS{}
	var photos []Photo
	for name, b := range files {
		fsys["content/ho-so/a/"+name] = &fstest.MapFile{Data: b}
		photos = append(photos, Photo{Src: "content/ho-so/a/" + name, URL: "/ho-so/a/" + name})
	}
	s, warnings := Plan(fsys, photos, cache)
	if len(warnings) > 0 {
		t.Fatal(warnings)
	}
	return s
}

func TestVariantWidths(t *testing.T) {
	for _, tc := range []struct {
		width    int
		want     []int
		original bool // the original is a srcset candidate
	}{
		{100, nil, false},
		{320, nil, false}, // never a copy as wide as the photo
		{321, []int{320}, true},
		{500, []int{320}, true},
		{640, []int{320}, true},
		{1000, []int{320, 640, 960}, true},
		{1280, []int{320, 640, 960}, true},
		{1281, []int{320, 640, 960, 1280}, false},
		{2000, []int{320, 640, 960, 1280}, false},
		{6000, []int{320, 640, 960, 1280}, false},
	} {
		got := variantWidths(tc.width)
		if !slices.Equal(got, tc.want) {
			t.Errorf("variantWidths(%d) = %v, want %v", tc.width, got, tc.want)
		}
		im := &Image{Photo: Photo{URL: "/a.jpg"}, Width: tc.width, Height: tc.width}
		for _, w := range got {
			im.Variants = append(im.Variants, Variant{Width: w})
		}
		set := im.Srcset()
		hasOriginal := len(set) > 0 && set[len(set)-1].URL == "/a.jpg"
		if hasOriginal != tc.original {
			t.Errorf("width %d: original in srcset = %v, want %v", tc.width, hasOriginal, tc.original)
		}
	}
}

func TestVariantURL(t *testing.T) {
	for _, tc := range []struct{ url, from, to, want string }{
		{"/ho-so/a/anh.jpg", "jpeg", "jpeg", "/ho-so/a/anh-640w.jpg"},
		{"/ho-so/a/ANH.JPEG", "jpeg", "jpeg", "/ho-so/a/ANH-640w.JPEG"},
		{"/ho-so/a/logo.png", "png", "png", "/ho-so/a/logo-640w.png"},
		{"/ho-so/a/anh.png", "png", "jpeg", "/ho-so/a/anh-png-640w.jpg"},
		{"/anh/chân dung.jpg", "jpeg", "jpeg", "/anh/chân dung-640w.jpg"},
	} {
		if got := variantURL(tc.url, tc.from, tc.to, 640); got != tc.want {
			t.Errorf("variantURL(%q) = %q, want %q", tc.url, got, tc.want)
		}
	}
}

// TestResize resizes photos of several sizes and formats and decodes every
// copy: its format, width and aspect ratio must be what Plan promised.
func TestResize(t *testing.T) {
	for _, tc := range []struct {
		name   string
		data   []byte
		format string // of the copies
		widths []int
	}{
		{"anh.jpg", encodeJPEG(t, photo(2000, 1500, false)), "jpeg", []int{320, 640, 960, 1280}},
		{"doc.jpg", encodeJPEG(t, photo(600, 900, false)), "jpeg", []int{320}},
		{"nho.jpg", encodeJPEG(t, photo(300, 200, false)), "", nil},
		{"anh.png", encodePNG(t, photo(1000, 563, false)), "jpeg", []int{320, 640, 960}},
		{"logo.png", encodePNG(t, photo(700, 700, true)), "png", []int{320, 640}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := plan(t, map[string][]byte{tc.name: tc.data}, "")
			im := s.Lookup("/ho-so/a/" + tc.name)
			src, _, _ := image.DecodeConfig(bytes.NewReader(tc.data))
			if im.Width != src.Width || im.Height != src.Height {
				t.Fatalf("measured %d×%d, want %d×%d", im.Width, im.Height, src.Width, src.Height)
			}
			var got []int
			for _, v := range im.Variants {
				got = append(got, v.Width)
				b, err := s.Bytes(strings.TrimPrefix(v.URL, "/"))
				if err != nil {
					t.Fatal(err)
				}
				cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
				if err != nil {
					t.Fatalf("%s: %v", v.URL, err)
				}
				if format != tc.format || format != v.Format {
					t.Errorf("%s is %s, want %s", v.URL, format, tc.format)
				}
				if cfg.Width != v.Width || cfg.Height != v.Height {
					t.Errorf("%s is %d×%d, want %d×%d", v.URL, cfg.Width, cfg.Height, v.Width, v.Height)
				}
				// The aspect ratio is the original's, to the pixel.
				if want := float64(src.Height) * float64(cfg.Width) / float64(src.Width); abs(float64(cfg.Height)-want) > 0.5 {
					t.Errorf("%s is %d×%d: aspect differs from %d×%d", v.URL, cfg.Width, cfg.Height, src.Width, src.Height)
				}
			}
			if !slices.Equal(got, tc.widths) {
				t.Errorf("widths %v, want %v", got, tc.widths)
			}
		})
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// TestOrientation: a photo taken with the phone turned is measured and
// resized upright, the way browsers show the original.
func TestOrientation(t *testing.T) {
	stored := encodeJPEG(t, photo(1000, 400, false)) // red left half, blue right half
	red := func(c color.Color) bool { r, _, b, _ := c.RGBA(); return r > 2*b }
	blue := func(c color.Color) bool { r, _, b, _ := c.RGBA(); return b > 2*r }
	for _, tc := range []struct {
		o              int
		w, h           int
		first, second  func(color.Color) bool // colour of the top (or left) and bottom (or right) half
		vertical       bool
		orientationSet bool
	}{
		{1, 1000, 400, red, blue, false, false},
		{3, 1000, 400, blue, red, false, true},
		{6, 400, 1000, red, blue, true, true},
		{8, 400, 1000, blue, red, true, true},
	} {
		data := stored
		if tc.orientationSet {
			data = withOrientation(stored, tc.o)
		}
		if o := jpegOrientation(data); o != tc.o {
			t.Fatalf("orientation %d read as %d", tc.o, o)
		}
		s := plan(t, map[string][]byte{"anh.jpg": data}, "")
		im := s.Lookup("/ho-so/a/anh.jpg")
		if im.Width != tc.w || im.Height != tc.h {
			t.Errorf("orientation %d: measured %d×%d, want %d×%d", tc.o, im.Width, im.Height, tc.w, tc.h)
		}
		v := im.Variants[0]
		b, err := s.Bytes(strings.TrimPrefix(v.URL, "/"))
		if err != nil {
			t.Fatal(err)
		}
		m, err := jpeg.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		w, h := m.Bounds().Dx(), m.Bounds().Dy()
		p1, p2 := image.Pt(w/4, h/2), image.Pt(3*w/4, h/2)
		if tc.vertical {
			p1, p2 = image.Pt(w/2, h/4), image.Pt(w/2, 3*h/4)
		}
		if !tc.first(m.At(p1.X, p1.Y)) || !tc.second(m.At(p2.X, p2.Y)) {
			t.Errorf("orientation %d: copy %d×%d is not upright (%v at %v, %v at %v)", tc.o, w, h, m.At(p1.X, p1.Y), p1, m.At(p2.X, p2.Y), p2)
		}
	}
}

// TestCache: a second build with the same cache folder resizes nothing and
// publishes the same bytes; a changed photo is resized again; a damaged
// cached file is made again rather than published.
func TestCache(t *testing.T) {
	cache := t.TempDir()
	files := map[string][]byte{"anh.jpg": encodeJPEG(t, photo(1300, 975, false))}
	ctx := context.Background()

	first := plan(t, files, cache)
	if err := first.Prepare(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if got := first.Stats(); got != (Stats{Resized: 4}) {
		t.Fatalf("first build: %+v, want 4 resized", got)
	}
	want := allBytes(t, first)

	second := plan(t, files, cache)
	if err := second.Prepare(ctx, 2); err != nil {
		t.Fatal(err)
	}
	got := allBytes(t, second)
	if st := second.Stats(); st != (Stats{Cached: 4}) {
		t.Errorf("unchanged photo: %+v, want 4 from the cache and none resized", st)
	}
	for name := range want {
		if !bytes.Equal(got[name], want[name]) {
			t.Errorf("%s differs between builds", name)
		}
	}

	// Bytes without Prepare also uses the cache.
	third := plan(t, files, cache)
	allBytes(t, third)
	if st := third.Stats(); st != (Stats{Cached: 4}) {
		t.Errorf("Bytes without Prepare: %+v, want 4 from the cache", st)
	}

	// A damaged copy is made again.
	ents, _ := filepath.Glob(filepath.Join(cache, "*-640.jpg"))
	if len(ents) != 1 {
		t.Fatalf("cache holds %v, want one 640-pixel copy", ents)
	}
	os.WriteFile(ents[0], []byte("not a jpeg"), 0o644)
	fourth := plan(t, files, cache)
	if got := allBytes(t, fourth)["ho-so/a/anh-640w.jpg"]; !bytes.Equal(got, want["ho-so/a/anh-640w.jpg"]) {
		t.Error("damaged cache file published")
	}
	if st := fourth.Stats(); st != (Stats{Resized: 1, Cached: 3}) {
		t.Errorf("damaged copy: %+v, want 1 resized and 3 from the cache", st)
	}

	// A changed photo is resized again.
	files["anh.jpg"] = encodeJPEG(t, photo(1300, 900, false))
	fifth := plan(t, files, cache)
	allBytes(t, fifth)
	if st := fifth.Stats(); st != (Stats{Resized: 4}) {
		t.Errorf("changed photo: %+v, want 4 resized", st)
	}
	if n, _ := filepath.Glob(filepath.Join(cache, ".tmp-*")); len(n) > 0 {
		t.Errorf("temporary files left in the cache: %v", n)
	}
}

func allBytes(t *testing.T, s *Set) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, im := range s.Images() {
		for _, v := range im.Variants {
			name := strings.TrimPrefix(v.URL, "/")
			b, err := s.Bytes(name)
			if err != nil {
				t.Fatal(err)
			}
			out[name] = b
		}
	}
	return out
}

// TestDeterministic: two builds without a cache give the same bytes.
func TestDeterministic(t *testing.T) {
	files := map[string][]byte{
		"anh.jpg":  encodeJPEG(t, photo(1300, 866, false)),
		"logo.png": encodePNG(t, photo(800, 600, true)),
	}
	a, b := plan(t, files, ""), plan(t, files, "")
	if err := a.Prepare(context.Background(), 2); err != nil {
		t.Fatal(err)
	}
	ba, bb := allBytes(t, a), allBytes(t, b)
	if len(ba) != 6 {
		t.Errorf("%d copies, want 6", len(ba))
	}
	for name := range ba {
		if !bytes.Equal(ba[name], bb[name]) {
			t.Errorf("%s differs between builds", name)
		}
	}
}

func TestSVGSize(t *testing.T) {
	for _, tc := range []struct {
		svg  string
		w, h int
	}{
		{`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"/>`, 800, 600},
		{`<svg width="800px" height="600px" viewBox="0 0 8 6"></svg>`, 800, 600},
		{`<svg viewBox="0 0 8 6"/>`, 8, 6},
		{`<svg viewBox="0,0,400,300" width="200"/>`, 200, 150},
		{`<svg viewBox="0 0 400 300" height="150"/>`, 200, 150},
		{`<svg width="100%" height="100%" viewBox="0 0 320 240"/>`, 320, 240},
		{`<svg width="4in" height="3in"/>`, 384, 288},
		{`<svg width="10cm" height="5cm"/>`, 378, 189},
		{`<svg width="72pt" height="36pt"/>`, 96, 48},
		{`<svg width="2em" height="1em"/>`, 0, 0},
		{`<svg width="100%"/>`, 0, 0},
		{`<svg/>`, 0, 0},
		{`<svg width="-5" height="10" viewBox="0 0 1 2"/>`, 5, 10},
		{`<svg viewBox="0 0 -1 2"/>`, 0, 0},
		{`<svg width="1e9" height="1"/>`, 0, 0},
		{"\ufeff<?xml version=\"1.0\"?>\n<!-- drawn by hand -->\n<!DOCTYPE svg [<!ENTITY ns \"x\">]>\n<svg width=\"48\" height=\"32\" a=\"&ns;\"/>", 48, 32},
		{`<svg:svg xmlns:svg="http://www.w3.org/2000/svg" width="10" height="20"/>`, 10, 20},
	} {
		w, h, err := svgSize([]byte(tc.svg))
		if err != nil || w != tc.w || h != tc.h {
			t.Errorf("svgSize(%s) = %d, %d, %v; want %d, %d", tc.svg, w, h, err, tc.w, tc.h)
		}
	}
	for _, bad := range []string{``, `<html/>`, `not xml`} {
		if _, _, err := svgSize([]byte(bad)); err == nil {
			t.Errorf("svgSize(%q): no error", bad)
		}
	}
}

// TestMeasureFormats measures every format a profile photo may have.
func TestMeasureFormats(t *testing.T) {
	var gif bytes.Buffer
	gif.WriteString("GIF89a\x40\x01\xf0\x00\x00\x00\x00;") // 320×240 header
	fsys := fstest.MapFS{
		"content/a.svg":  {Data: []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 6" width="800" height="600"/>`)},
		"content/a.gif":  {Data: gif.Bytes()},
		"content/a.webp": {Data: webpHeader(400, 300)},
		"content/a.png":  {Data: encodePNG(t, photo(50, 40, true))},
		"content/b.png":  {Data: encodePNG(t, image.NewPaletted(image.Rect(0, 0, 50, 40), color.Palette{color.Black, color.White}))},
	}
	for _, tc := range []struct {
		src    string
		format string
		w, h   int
		opaque bool
	}{
		{"content/a.svg", "svg", 800, 600, false},
		{"content/a.gif", "gif", 320, 240, false},
		{"content/a.webp", "webp", 400, 300, false},
		{"content/a.png", "png", 50, 40, false}, // has an alpha channel
		{"content/b.png", "png", 50, 40, true},  // paletted, no tRNS
	} {
		im, err := Measure(fsys, Photo{Src: tc.src, URL: "/" + tc.src})
		if err != nil {
			t.Errorf("%s: %v", tc.src, err)
			continue
		}
		if im.Format != tc.format || im.Width != tc.w || im.Height != tc.h || im.opaque != tc.opaque || len(im.Variants) != 0 {
			t.Errorf("%s: %s %d×%d opaque=%v %d variants; want %s %d×%d opaque=%v none",
				tc.src, im.Format, im.Width, im.Height, im.opaque, len(im.Variants), tc.format, tc.w, tc.h, tc.opaque)
		}
	}
}

// webpHeader is the head of a lossless WebP image of the given size.
func webpHeader(w, h int) []byte {
	bits := uint32(w-1) | uint32(h-1)<<14
	vp8l := []byte{0x2f, byte(bits), byte(bits >> 8), byte(bits >> 16), byte(bits >> 24), 0, 0, 0}
	chunk := append([]byte("VP8L"), byte(len(vp8l)), 0, 0, 0)
	chunk = append(chunk, vp8l...)
	out := append([]byte("RIFF"), byte(len(chunk)+4), 0, 0, 0)
	out = append(out, "WEBP"...)
	return append(out, chunk...)
}

// TestErrors: a photo that cannot be measured is left out of the Set (so
// it is published as is) with a warning naming it; one whose pixels are
// damaged fails when resized, with an error naming it.
func TestErrors(t *testing.T) {
	good := encodeJPEG(t, photo(800, 600, false))
	fsys := fstest.MapFS{
		"content/a/anh.jpg":  {Data: []byte("<html>not a photo</html>")},
		"content/b/anh.svg":  {Data: []byte("<html/>")},
		"content/d/rong.jpg": {Data: []byte{}},
		"content/e/ok.png":   {Data: encodePNG(t, photo(10, 10, false))},
	}
	s, warnings := Plan(fsys, []Photo{
		{"content/d/rong.jpg", "/d/rong.jpg"}, {"content/a/anh.jpg", "/a/anh.jpg"},
		{"content/e/ok.png", "/e/ok.png"}, {"content/b/anh.svg", "/b/anh.svg"},
	}, "")
	var paths []string
	for _, w := range warnings {
		paths = append(paths, w.Path)
		if w.Sev != diag.SevWarning || !strings.Contains(w.Error(), "không đọc được ảnh") {
			t.Errorf("warning %v", w)
		}
	}
	if want := []string{"content/a/anh.jpg", "content/b/anh.svg", "content/d/rong.jpg"}; !slices.Equal(paths, want) {
		t.Errorf("warnings for %v, want %v: %v", paths, want, warnings)
	}
	if len(s.Images()) != 1 || s.Lookup("/e/ok.png") == nil || s.Lookup("/a/anh.jpg") != nil {
		t.Errorf("Set holds %v, want only /e/ok.png", s.Images())
	}

	s = plan(t, map[string][]byte{"anh.jpg": good[:len(good)/2]}, "")
	if err := s.Prepare(context.Background(), 1); err == nil {
		t.Error("Prepare: no error for a damaged photo")
	}
	_, err := s.Bytes("ho-so/a/anh-320w.jpg")
	var de *diag.Error
	if !errors.As(err, &de) || de.Path != "content/ho-so/a/anh.jpg" || de.Sev != diag.SevError {
		t.Errorf("Bytes of a damaged photo: %v, want an error naming content/ho-so/a/anh.jpg", err)
	}
	if _, err := s.Bytes("ho-so/a/nothing-320w.jpg"); err == nil {
		t.Error("Bytes of an unknown name: no error")
	}
}

func TestMaxPixels(t *testing.T) {
	// A PNG header claiming 20000×20000 pixels; Measure must refuse it
	// before anything is decoded.
	var b bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	enc.Encode(&b, image.NewGray(image.Rect(0, 0, 1, 1)))
	data := b.Bytes()
	ihdr := bytes.Index(data, []byte("IHDR")) + 4
	copy(data[ihdr:], []byte{0, 0, 0x4e, 0x20, 0, 0, 0x4e, 0x20})
	binary.BigEndian.PutUint32(data[ihdr+13:], crc32.ChecksumIEEE(data[ihdr-4:ihdr+13]))
	_, err := Measure(fstest.MapFS{"a.png": {Data: data}}, Photo{Src: "a.png", URL: "/a.png"})
	if err == nil || !strings.Contains(err.Error(), "ảnh có 20000×20000 điểm ảnh, quá lớn để thu nhỏ") {
		t.Errorf("400-megapixel photo: %v, want too large", err)
	}
}
