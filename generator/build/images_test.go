package build

import (
	"bytes"
	"context"
	"image"
	_ "image/jpeg"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
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
	var cards, mains, srcsets int
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
