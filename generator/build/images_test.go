package build

import (
	"bytes"
	"context"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

var imgRE = regexp.MustCompile(`<img [^>]*>`)
var attrRE = regexp.MustCompile(`([a-z]+)="([^"]*)"`)

func attrs(tag string) map[string]string {
	out := map[string]string{}
	for _, m := range attrRE.FindAllStringSubmatch(tag, -1) {
		out[m[1]] = m[2]
	}
	return out
}

// TestImages: every <img> of a profile photo in the golden site carries
// width and height of the photo's aspect ratio; a JPEG photo's srcset
// names copies that exist in the output and are as wide as they claim,
// with sizes beside it; cards load lazily, the profile's own photo does
// not.
func TestImages(t *testing.T) {
	files := buildMemory(t, "testdata/golden/site", Options{})
	var cards, mains, books, srcsets int
	for name, data := range files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		for _, tag := range imgRE.FindAllString(string(data), -1) {
			a := attrs(tag)
			if !strings.HasPrefix(a["src"], "/ho-so/") {
				continue
			}
			w, _ := strconv.Atoi(a["width"])
			h, _ := strconv.Atoi(a["height"])
			if w == 0 || h == 0 {
				t.Errorf("%s: %s has no width and height", name, tag)
				continue
			}
			if a["class"] == "book-photo" {
				// An honour book prints its photos at full size: none
				// may wait for scrolling, or it is missing on paper.
				books++
				if a["loading"] == "lazy" {
					t.Errorf("%s: honour book photo lazy: %s", name, tag)
				}
				continue
			}
			if a["class"] == "card-photo" {
				cards++
				if a["loading"] != "lazy" {
					t.Errorf("%s: card photo not lazy: %s", name, tag)
				}
			} else {
				mains++
				if a["loading"] == "lazy" || a["fetchpriority"] != "high" {
					t.Errorf("%s: main photo lazy or not fetched first: %s", name, tag)
				}
			}
			if !strings.HasSuffix(a["src"], ".jpg") {
				if a["srcset"] != "" {
					t.Errorf("%s: %s has a srcset", name, tag)
				}
				continue
			}
			if a["srcset"] == "" || a["sizes"] == "" {
				t.Errorf("%s: %s has no srcset or sizes", name, tag)
				continue
			}
			srcsets++
			var widths []int
			for _, c := range strings.Split(a["srcset"], ", ") {
				u, desc, _ := strings.Cut(c, " ")
				cw, err := strconv.Atoi(strings.TrimSuffix(desc, "w"))
				if err != nil || !strings.HasSuffix(desc, "w") {
					t.Errorf("%s: bad srcset candidate %q", name, c)
					continue
				}
				widths = append(widths, cw)
				b, ok := files[strings.TrimPrefix(u, "/")]
				if !ok {
					t.Errorf("%s: srcset names %s, which is not published", name, u)
					continue
				}
				cfg, _, err := image.DecodeConfig(bytes.NewReader(b))
				if err != nil {
					t.Errorf("%s: %v", u, err)
					continue
				}
				if cfg.Width != cw {
					t.Errorf("%s is %d pixels wide, srcset says %d", u, cfg.Width, cw)
				}
				if d := cfg.Height*w - cfg.Width*h; d < -w || d > w { // within a pixel of the aspect ratio
					t.Errorf("%s is %d×%d, not the aspect ratio of %d×%d", u, cfg.Width, cfg.Height, w, h)
				}
			}
			if want := []int{320, 640, 960, 1200}; !equalInts(widths, want) {
				t.Errorf("%s: srcset widths %v, want %v", name, widths, want)
			}
		}
	}
	if books == 0 {
		t.Error("no honour book photo")
	}
	if cards == 0 || mains != 2 || srcsets == 0 {
		t.Errorf("found %d card photos, %d profile photos (want 2), %d with srcset", cards, mains, srcsets)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestImageCache: the first build resizes the photo into the site's
// .cache/images folder; a second build resizes nothing, takes every copy
// from the cache and writes no file.
func TestImageCache(t *testing.T) {
	dir := copyDir(t, "testdata/golden/site")
	ctx := context.Background()
	first, err := Build(ctx, Options{SiteDir: dir, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if first.ImagesResized != 3 || first.ImagesCached != 0 {
		t.Errorf("first build: %d resized, %d cached; want 3 and 0", first.ImagesResized, first.ImagesCached)
	}
	cached, _ := filepath.Glob(filepath.Join(dir, ".cache", "images", "*.jpg"))
	if len(cached) != 3 {
		t.Errorf("cache holds %v, want 3 copies", cached)
	}
	copy640, err := os.ReadFile(filepath.Join(dir, "public", "ho-so", "don-bien-phong", "anh-tap-the-640w.jpg"))
	if err != nil {
		t.Fatal(err)
	}
	second, err := Build(ctx, Options{SiteDir: dir, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if second.ImagesResized != 0 || second.ImagesCached != 3 || second.Written != 0 {
		t.Errorf("second build: %d resized, %d cached, %d written; want 0, 3, 0", second.ImagesResized, second.ImagesCached, second.Written)
	}
	again, _ := os.ReadFile(filepath.Join(dir, "public", "ho-so", "don-bien-phong", "anh-tap-the-640w.jpg"))
	if !bytes.Equal(copy640, again) {
		t.Error("the copy from the cache differs from the one resized")
	}
	// The cache is the site's, not the output's: another output folder
	// shares it.
	third, err := Build(ctx, Options{SiteDir: dir, OutDir: filepath.Join(t.TempDir(), "out"), Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if third.ImagesResized != 0 {
		t.Errorf("build to another folder resized %d copies", third.ImagesResized)
	}
}

// gpsJPEG is a small JPEG as a phone saves it: an EXIF segment holding
// a GPS position (the IFD pointer 0x8825 and the latitude 13° 58'), an
// ICC profile, then the image.
func gpsJPEG(t *testing.T) []byte {
	var b bytes.Buffer
	m := image.NewGray(image.Rect(0, 0, 400, 300))
	for i := range m.Pix {
		m.Pix[i] = uint8(i * 7)
	}
	if err := jpeg.Encode(&b, m, nil); err != nil {
		t.Fatal(err)
	}
	tiff := []byte("MM\x00\x2a\x00\x00\x00\x08" +
		"\x00\x01" + "\x88\x25\x00\x04\x00\x00\x00\x01\x00\x00\x00\x1a" + "\x00\x00\x00\x00" + // IFD0: GPSInfo at 26
		"\x00\x01" + "\x00\x02\x00\x05\x00\x00\x00\x03\x00\x00\x00\x2c" + "\x00\x00\x00\x00" + // GPS IFD: latitude at 44
		"\x00\x00\x00\x0d\x00\x00\x00\x01\x00\x00\x00\x3a\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x01")
	seg := func(m byte, p string) []byte {
		return append([]byte{0xFF, m, byte((len(p) + 2) >> 8), byte(len(p) + 2)}, p...)
	}
	out := []byte{0xFF, 0xD8}
	out = append(out, seg(0xE1, "Exif\x00\x00"+string(tiff))...)
	out = append(out, seg(0xE2, "ICC_PROFILE\x00\x01\x01"+"colour profile")...)
	return append(out, b.Bytes()[2:]...)
}

// TestPublishedPhotosHaveNoGPS: the original photo of a profile, the one
// published as is, carries neither EXIF nor the GPS position but keeps
// its ICC profile and its compressed pixels; keep_photo_metadata: true
// publishes it unchanged.
func TestPublishedPhotosHaveNoGPS(t *testing.T) {
	src := gpsJPEG(t)
	for _, keep := range []bool{false, true} {
		dir := copyDir(t, "testdata/golden/site")
		photo := filepath.Join(dir, "content", "ho-so", "2019", "don-bien-phong", "anh-tap-the.jpg")
		if err := os.WriteFile(photo, src, 0o644); err != nil {
			t.Fatal(err)
		}
		if keep {
			yaml := filepath.Join(dir, "site.yaml")
			b, _ := os.ReadFile(yaml)
			if err := os.WriteFile(yaml, append(b, "keep_photo_metadata: true\n"...), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		files := buildMemory(t, dir, Options{})
		out := files["ho-so/don-bien-phong/anh-tap-the.jpg"]
		if keep {
			if !bytes.Equal(out, src) {
				t.Error("keep_photo_metadata: true: the photo was changed")
			}
			continue
		}
		if bytes.Contains(out, []byte("Exif")) || bytes.Contains(out, []byte{0x88, 0x25}) || bytes.Contains(out, []byte("\x00\x00\x00\x0d\x00\x00\x00\x01\x00\x00\x00\x3a")) {
			t.Error("the published photo still holds EXIF or its GPS position")
		}
		if !bytes.Contains(out, []byte("ICC_PROFILE\x00\x01\x01colour profile")) {
			t.Error("the ICC profile was removed")
		}
		i := bytes.Index(src, []byte{0xFF, 0xDA})
		if j := bytes.Index(out, []byte{0xFF, 0xDA}); j < 0 || !bytes.Equal(out[j:], src[i:]) {
			t.Error("the image data was not kept byte for byte")
		}
		for name, b := range files {
			if strings.HasPrefix(name, "ho-so/don-bien-phong/anh-tap-the-") && bytes.Contains(b, []byte("Exif")) {
				t.Errorf("%s holds EXIF", name)
			}
		}
	}
}

// TestImageCachePruned: after a photo is replaced, a build removes the
// old photo's copies once they are older than ImageCacheMaxAge, and keeps
// the copies it uses.
func TestImageCachePruned(t *testing.T) {
	dir := copyDir(t, "testdata/golden/site")
	ctx := context.Background()
	if _, err := Build(ctx, Options{SiteDir: dir, Now: now}); err != nil {
		t.Fatal(err)
	}
	cache := filepath.Join(dir, ".cache", "images")
	oldCopies, _ := filepath.Glob(filepath.Join(cache, "*.jpg"))
	if len(oldCopies) != 3 {
		t.Fatalf("cache holds %v, want 3 copies", oldCopies)
	}
	long := time.Now().Add(-ImageCacheMaxAge - time.Hour)
	for _, f := range oldCopies {
		os.Chtimes(f, long, long)
	}
	photo := filepath.Join(dir, "content", "ho-so", "2019", "don-bien-phong", "anh-tap-the.jpg")
	os.WriteFile(photo, gpsJPEG(t), 0o644)
	if _, err := Build(ctx, Options{SiteDir: dir, Now: now}); err != nil {
		t.Fatal(err)
	}
	for _, f := range oldCopies {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("%s: the replaced photo's copy is still cached", filepath.Base(f))
		}
	}
	newCopies, _ := filepath.Glob(filepath.Join(cache, "*.jpg"))
	if len(newCopies) != 1 { // the GPS photo is 400 pixels wide: one copy
		t.Errorf("cache holds %v, want the new photo's copy", newCopies)
	}
}
