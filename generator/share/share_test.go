package share

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/image/font"
)

// photo returns a JPEG of w×h pixels, a gradient.
func photo(t testing.TB, w, h int) []byte {
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			m.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), 120, 255})
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, m, nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

var cards = map[string]Card{
	"short":   {Title: "Y tế", Brand: "Gương sáng"},
	"profile": {Kicker: "Cá nhân", Title: "Ksor H'Bia", Lines: []string{"Trường Tiểu học Ia Băng", "Đak Đoa · Giáo dục, đào tạo · 2020"}, Brand: "Gương sáng Gia Lai", Host: "guongsang.gialai.gov.vn"},
	// Capitals with stacked marks on every line, at the top of the block.
	"stacked": {Kicker: "Tập thể", Title: "ẨN ỄỖ ỘẬ ỂỀ ẪẲ ỖỖ ỄỄ ẨẨ ỘỘ ẬẬ ỂỂ ỀỀ ẪẪ ẲẲ ỖỖỖ ỄỄỄ ẨẨẨ ỘỘỘ ẬẬẬ", Lines: []string{"Ỗ Ễ Ẩ"}, Brand: "Ỗ Ễ Ẩ"},
	"long": {Kicker: "Tập thể", Title: strings.Repeat("Chi hội phụ nữ buôn Bir xã Ia Ka huyện Chư Păh ", 6),
		Lines: []string{strings.Repeat("Một dòng rất dài ", 20), strings.Repeat("Đak Đoa · ", 30), "thừa"}, Brand: strings.Repeat("Gương sáng Gia Lai ", 8), Host: "guongsang.gialai.gov.vn"},
	"unbroken": {Title: strings.Repeat("Ư", 120), Brand: "G"},
	"photo":    {Kicker: "Cá nhân", Title: "Rơ Mah Phiang", Lines: []string{"Đak Đoa"}, Brand: "Gương sáng", Photo: nil},
	"portrait": {Title: "Siu H'Nhung", Brand: "Gương sáng"},
	"badphoto": {Title: "Nay Blúp", Brand: "Gương sáng", Photo: []byte("not a photo")},
}

func init() {
	c := cards["photo"]
	c.Photo = photo(&testing.T{}, 900, 600)
	cards["photo"] = c
	c = cards["portrait"]
	c.Photo = photo(&testing.T{}, 300, 800)
	cards["portrait"] = c
}

func decode(t *testing.T, b []byte) image.Image {
	t.Helper()
	m, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	return m
}

// decodeCard decodes the picture of c, checking that it is in the format
// c.Format names.
func decodeCard(t *testing.T, c Card, b []byte) image.Image {
	t.Helper()
	typ, _ := c.Format()
	m, format, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("does not open: %v", err)
	}
	if "image/"+format != typ {
		t.Fatalf("a %s, want %s", format, typ)
	}
	return m
}

// TestRenderInside draws every card and checks its size and that its text
// stays inside the picture: the ink (pixels that differ from the same card
// drawn without text) keeps clear of a band along every edge, so no mark
// stacked on a capital is cut at the top, and the text block never runs
// into the brand band at the foot.
func TestRenderInside(t *testing.T) {
	for name, c := range cards {
		t.Run(name, func(t *testing.T) {
			b, err := Render(c)
			if err != nil {
				t.Fatal(err)
			}
			m := decodeCard(t, c, b)
			if m.Bounds() != image.Rect(0, 0, Width, Height) {
				t.Fatalf("size %v, want %dx%d", m.Bounds().Size(), Width, Height)
			}
			blank := decodeCard(t, c, must(Render(Card{Photo: c.Photo})))
			// A JPEG (a card with a photo) rings around the text: only a
			// clear difference is ink there.
			tol := uint32(0)
			if len(c.Photo) > 0 {
				tol = 40
			}
			const edge = 16
			var ink, top int = 0, Height
			for y := range Height {
				for x := range Width {
					if near(m.At(x, y), blank.At(x, y), tol) {
						continue
					}
					ink++
					top = min(top, y)
					if x < edge || x >= Width-edge || y < edge || y >= Height-edge {
						t.Fatalf("ink at (%d,%d), within %d px of the edge", x, y, edge)
					}
					if y >= Height-band-gapBelow/2 && y < Height-band+8 {
						t.Fatalf("ink at (%d,%d), between the text block and the band", x, y)
					}
				}
			}
			if ink < 500 {
				t.Fatalf("only %d pixels of ink: the text is missing", ink)
			}
			if top < 40 {
				t.Errorf("the highest ink is at y=%d, above the accent rule", top)
			}
		})
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

func same(a, b color.Color) bool { return near(a, b, 0) }

// near reports whether a and b differ by at most tol 8-bit levels in
// every channel.
func near(a, b color.Color, tol uint32) bool {
	r1, g1, b1, _ := a.RGBA()
	r2, g2, b2, _ := b.RGBA()
	d := func(x, y uint32) uint32 {
		x, y = x>>8, y>>8
		if x > y {
			return x - y
		}
		return y - x
	}
	return d(r1, r2) <= tol && d(g1, g2) <= tol && d(b1, b2) <= tol
}

// TestRenderDeterministic: the same card gives the same bytes.
func TestRenderDeterministic(t *testing.T) {
	a, b := must(Render(cards["photo"])), must(Render(cards["photo"]))
	if !bytes.Equal(a, b) {
		t.Fatal("two renderings of one card differ")
	}
}

// TestWrap: lines never exceed the width; words stay whole unless one is
// wider than a line; nothing is lost.
func TestWrap(t *testing.T) {
	f, err := face(true, 60)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"Ksor H'Bia — Người giữ lửa cồng chiêng ở làng Đak Đoa",
		strings.Repeat("Ư", 80),
		"a",
		"",
	} {
		lines := wrap(f, s, 500)
		for _, l := range lines {
			if w := font.MeasureString(f, l).Ceil(); w > 500 {
				t.Errorf("%q: line %q is %d px wide", s, l, w)
			}
		}
		if got, want := strings.ReplaceAll(strings.Join(lines, ""), " ", ""), strings.ReplaceAll(s, " ", ""); got != want {
			t.Errorf("%q: wrapped to %q", s, lines)
		}
	}
	if got := wrap(f, "Người giữ lửa cồng chiêng", 500); len(got) != 2 || got[0] != "Người giữ lửa" {
		t.Errorf("wrap broke words: %q", got)
	}
}

// TestCache: a picture is drawn once, then read from the folder; a file
// cut short is drawn again; Prune removes old unused pictures only.
func TestCache(t *testing.T) {
	dir := t.TempDir()
	c := NewCache(dir)
	a := must(c.Render(cards["profile"]))
	b := must(c.Render(cards["profile"]))
	if !bytes.Equal(a, b) {
		t.Fatal("cached bytes differ")
	}
	if d, h := c.Stats(); d != 1 || h != 1 {
		t.Fatalf("drawn %d, cached %d; want 1, 1", d, h)
	}
	name := filepath.Join(dir, cards["profile"].Key()+"-"+strconv.Itoa(len(a))+".png")
	if _, err := os.Stat(name); err != nil {
		t.Fatalf("the picture is not cached under its key and size: %v", err)
	}
	// Cut short in place (a crash, or an edit through a hard link in a
	// published site): drawn again, in a new file.
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(a[:len(a)/2])
	f.Close()
	if got := must(NewCache(dir).Render(cards["profile"])); !bytes.Equal(got, a) {
		t.Fatal("a damaged cache file was served")
	}
	if got, _ := os.ReadFile(name); !bytes.Equal(got, a) {
		t.Fatal("the damaged cache file was not replaced")
	}
	c2 := NewCache(dir)
	if p, b, err := c2.File(cards["profile"]); err != nil || p != name || b != nil {
		t.Fatalf("File = %q, %d bytes, %v; want the cached file %q", p, len(b), err, name)
	}
	if d, h := c2.Stats(); d != 0 || h != 1 {
		t.Fatalf("a fresh Cache drew %d, took %d from the folder; want 0, 1", d, h)
	}
	c.Render(cards["profile"]) // c used the damaged file's name: used again
	old := filepath.Join(dir, "0000.png")
	os.WriteFile(old, a, 0o644)
	past := time.Now().Add(-48 * time.Hour)
	os.Chtimes(old, past, past)
	os.Chtimes(name, past, past)
	if n, err := c.Prune(24*time.Hour, time.Now()); n != 1 || err != nil {
		t.Fatalf("Prune = %d, %v; want 1 removed", n, err)
	}
	if _, err := os.Stat(name); err != nil {
		t.Fatal("Prune removed a picture in use")
	}
	if _, err := os.Stat(old); err == nil {
		t.Fatal("Prune kept an old unused picture")
	}
	var nilCache *Cache
	if b, err := nilCache.Render(cards["short"]); err != nil || len(b) == 0 {
		t.Fatal("a nil Cache does not draw")
	}
}

// TestKey: every field of a Card is in its key.
func TestKey(t *testing.T) {
	base := cards["profile"]
	keys := map[string]bool{base.Key(): true}
	for _, edit := range []func(*Card){
		func(c *Card) { c.Title += "x" }, func(c *Card) { c.Kicker += "x" }, func(c *Card) { c.Brand += "x" },
		func(c *Card) { c.Host += "x" }, func(c *Card) { c.Lines = append(c.Lines, "") },
		func(c *Card) { c.Lines = []string{c.Lines[0] + c.Lines[1]} }, func(c *Card) { c.Photo = []byte{1} },
	} {
		c := base
		c.Lines = append([]string(nil), base.Lines...)
		edit(&c)
		if keys[c.Key()] {
			t.Errorf("edit %d left the key unchanged", len(keys))
		}
		keys[c.Key()] = true
	}
}

func TestIcon(t *testing.T) {
	m := decode(t, must(Icon(color.RGBA{})))
	if m.Bounds().Dx() != IconSize || m.Bounds().Dy() != IconSize {
		t.Fatalf("icon is %v", m.Bounds().Size())
	}
	if same(m.At(IconSize/2, IconSize/2-10), m.At(2, 2)) {
		t.Fatal("the icon has no star")
	}
}

// BenchmarkRender draws cards: a profile's without a photo (most cards)
// and one with a photo. cpu-ns/op is the steadier figure on a busy machine.
func BenchmarkRender(b *testing.B) {
	for _, name := range []string{"profile", "photo"} {
		b.Run(name, func(b *testing.B) {
			c := cards[name]
			var size int
			done := reportCPU(b)
			for b.Loop() {
				out, err := Render(c)
				if err != nil {
					b.Fatal(err)
				}
				size = len(out)
			}
			done()
			b.ReportMetric(float64(size), "bytes") // a PNG, or a JPEG with a photo
		})
	}
}

// TestCacheConcurrent: builds render pages on every core, so one Cache
// draws and reads the same and different cards at once (run with -race).
func TestCacheConcurrent(t *testing.T) {
	c := NewCache(t.TempDir())
	want := map[string][]byte{}
	for _, k := range []string{"short", "profile", "photo"} {
		want[k] = must(Render(cards[k]))
	}
	var wg sync.WaitGroup
	for i := range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := []string{"short", "profile", "photo"}[i%3]
			if b, err := c.Render(cards[k]); err != nil || !bytes.Equal(b, want[k]) {
				t.Errorf("%s: concurrent rendering gave other bytes (%v)", k, err)
			}
		}()
	}
	wg.Wait()
	if d, h := c.Stats(); d+h != 12 || d < 3 {
		t.Errorf("drawn %d, cached %d", d, h)
	}
}

// TestCoverYCbCr: a JPEG photo scaled plane by plane shows what
// x/image/draw's bilinear scaling through RGB shows, to a level or two.
func TestCoverYCbCr(t *testing.T) {
	for _, name := range []string{"photo", "portrait"} {
		ph, ok := decodePhoto(cards[name].Photo).(*image.YCbCr)
		if !ok || ph.SubsampleRatio != image.YCbCrSubsampleRatio420 {
			t.Fatalf("%s: the test photo is not a 4:2:0 JPEG", name)
		}
		cv := newCanvas(Width, Height)
		scaled := image.NewRGBA(image.Rect(0, 0, photoRect.Dx(), photoRect.Dy()))
		cover(scaled, scaled.Rect, ph)
		want := toYCbCr(cv.Paletted, scaled, photoRect)
		got := toYCbCr(cv.Paletted, nil, photoRect)
		coverYCbCr(got, photoRect, ph)
		var sum, n, worst int
		for y := photoRect.Min.Y; y < photoRect.Max.Y; y++ {
			for x := photoRect.Min.X; x < photoRect.Max.X; x++ {
				for _, p := range [][2]uint8{{got.Y[got.YOffset(x, y)], want.Y[want.YOffset(x, y)]},
					{got.Cb[got.COffset(x, y)], want.Cb[want.COffset(x, y)]}, {got.Cr[got.COffset(x, y)], want.Cr[want.COffset(x, y)]}} {
					d := int(p[0]) - int(p[1])
					d = max(d, -d)
					sum += d
					worst = max(worst, d)
					n++
				}
			}
		}
		if mean := float64(sum) / float64(n); mean > 1.5 || worst > 16 {
			t.Errorf("%s: mean difference %.2f, worst %d levels; want ≤ 1.5 and ≤ 16", name, mean, worst)
		}
	}
}
