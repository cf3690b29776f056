package build

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// solidJPEG is a w×h JPEG of one colour, so a test can tell photos apart
// by their pixels.
func solidJPEG(t *testing.T, w, h int, c color.Gray) []byte {
	t.Helper()
	m := image.NewGray(image.Rect(0, 0, w, h))
	for i := range m.Pix {
		m.Pix[i] = c.Y
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, m, nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func writeFiles(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, b := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// grayAt decodes a published JPEG and returns its middle pixel's grey.
func grayAt(t *testing.T, b []byte) uint8 {
	t.Helper()
	m, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	r, _, _, _ := m.At(m.Bounds().Dx()/2, m.Bounds().Dy()/2).RGBA()
	return uint8(r >> 8)
}

// TestBundlePhotos builds the cases the issue reported, in one bundle:
// `photo: anh/chan-dung.jpg` beside a different top-level chan-dung.jpg,
// the credit "Ảnh: Hồng Thi" typed the newspaper way, a body image with a
// caption line under it, a body heading "## Khen thưởng" on a page with
// awards.
func TestBundlePhotos(t *testing.T) {
	dir := copyDir(t, "testdata/golden/site")
	dark, light := color.Gray{Y: 40}, color.Gray{Y: 220}
	writeFiles(t, dir, map[string][]byte{
		"content/ho-so/hong-thi/index.md": []byte(`---
title: "Y Hồng Thi"
kind: individual
category: y-te
district: pleiku
year: 2020
criteria: [sang-kien]
photo: anh/chan-dung.jpg
photo_credit: "Ảnh: Hồng Thi"
awards:
  - title: "Bằng khen của Chủ tịch UBND tỉnh"
    year: 2020
---

Chị mở lớp dạy chữ buổi tối.

![Lớp học buổi tối](lop-hoc.jpg)
*Lớp học buổi tối ở làng Ia Mơ Nông*

## Khen thưởng

Chị được tặng nhiều bằng khen.
`),
		"content/ho-so/hong-thi/anh/chan-dung.jpg": solidJPEG(t, 960, 640, dark),
		"content/ho-so/hong-thi/chan-dung.jpg":     solidJPEG(t, 1200, 800, light),
		"content/ho-so/hong-thi/lop-hoc.jpg":       solidJPEG(t, 1200, 800, light),
	})
	files := buildMemory(t, dir, Options{})
	page := string(files["ho-so/hong-thi/index.html"])

	// The photo named is the one published and shown, at its own path;
	// the other file keeps its own; nothing is flattened.
	if !strings.Contains(page, `<img src="/ho-so/hong-thi/anh/chan-dung.jpg"`) {
		t.Error("the page does not show anh/chan-dung.jpg")
	}
	if g := grayAt(t, files["ho-so/hong-thi/anh/chan-dung.jpg"]); g > 60 {
		t.Errorf("anh/chan-dung.jpg is published with another picture (grey %d)", g)
	}
	if g := grayAt(t, files["ho-so/hong-thi/anh/chan-dung-320w.jpg"]); g > 60 {
		t.Errorf("the photo's 320w copy is made from another picture (grey %d)", g)
	}
	if g := grayAt(t, files["ho-so/hong-thi/chan-dung.jpg"]); g < 200 {
		t.Errorf("the top-level chan-dung.jpg was replaced (grey %d)", g)
	}
	for name := range files {
		if strings.HasPrefix(name, "ho-so/hong-thi/chan-dung-") {
			t.Errorf("%s: a copy of the top-level file, which no page shows", name)
		}
	}

	// The credit as typed.
	if !strings.Contains(page, `<span class="credit">Ảnh: Hồng Thi</span>`) || strings.Contains(page, "Ảnh: Ảnh") {
		t.Error(`credit "Ảnh: Hồng Thi" not shown as typed`)
	}

	// The body image: a figure with its caption, sized, with copies,
	// lazy.
	fig := regexp.MustCompile(`(?s)<figure>\s*(<img [^>]*>)\s*<figcaption>Lớp học buổi tối ở làng Ia Mơ Nông</figcaption>\s*</figure>`).FindStringSubmatch(page)
	if fig == nil {
		t.Fatalf("no figure with the caption line in\n%s", page)
	}
	a := attrs(fig[1])
	if a["src"] != "lop-hoc.jpg" || a["width"] != "1200" || a["height"] != "800" || a["loading"] != "lazy" ||
		!strings.Contains(a["srcset"], "/ho-so/hong-thi/lop-hoc-640w.jpg 640w") || a["sizes"] == "" {
		t.Errorf("body image %s: want src, width 1200, height 800, lazy, srcset and sizes", fig[1])
	}
	if _, ok := files["ho-so/hong-thi/lop-hoc-640w.jpg"]; !ok {
		t.Error("the body image's 640w copy is not published")
	}

	// Every id on the page once.
	seen := map[string]bool{}
	for _, m := range regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(page, -1) {
		if seen[m[1]] {
			t.Errorf("id %q twice on the page", m[1])
		}
		seen[m[1]] = true
	}
	if !seen["khen-thuong"] || !seen["khen-thuong-1"] {
		t.Errorf("ids %v: want the theme's khen-thuong and the body's khen-thuong-1", seen)
	}
}

// TestCreditLine: "Ảnh: " is added only when the writer did not type it.
func TestCreditLine(t *testing.T) {
	dir := copyDir(t, "testdata/golden/site")
	var b bytes.Buffer
	_ = png.Encode(&b, image.NewGray(image.Rect(0, 0, 10, 10)))
	cases := [][2]string{
		{"Ảnh: Hồng Thi", "Ảnh: Hồng Thi"},
		{"ảnh: Hồng Thi", "ảnh: Hồng Thi"},
		{"ẢNH Hồng Thi", "ẢNH Hồng Thi"},
		{"Ảnh:Hồng Thi", "Ảnh:Hồng Thi"},
		{"Hồng Thi", "Ảnh: Hồng Thi"},
		{"Ánh Dương", "Ảnh: Ánh Dương"},
		{"Báo Gia Lai", "Ảnh: Báo Gia Lai"},
		{"Ảnhviện Gia Lai", "Ảnh: Ảnhviện Gia Lai"},
	}
	for i, c := range cases {
		name := "p" + string(rune('a'+i))
		writeFiles(t, dir, map[string][]byte{
			"content/ho-so/" + name + "/index.md": []byte("---\ntitle: \"" + name + "\"\nkind: individual\ncategory: y-te\ndistrict: pleiku\nyear: 2020\ncriteria: [sang-kien]\nphoto: a.png\nphoto_credit: \"" + c[0] + "\"\n---\n\nx\n"),
			"content/ho-so/" + name + "/a.png":    b.Bytes(),
		})
	}
	files := buildMemory(t, dir, Options{})
	for i, c := range cases {
		name := "p" + string(rune('a'+i))
		if page := string(files["ho-so/"+name+"/index.html"]); !strings.Contains(page, `<span class="credit">`+c[1]+`</span>`) {
			t.Errorf("credit %q: want it shown as %q", c[0], c[1])
		}
	}
}

// TestPhotoNameWithSpace: a photo named "anh nho.png" is published under
// that name, and every absolute URL of it that leaves the page (og:image,
// JSON-LD, open data) is percent-encoded. The photo is 1200 pixels wide,
// so it is the page's share picture (smaller ones give way to a drawn one).
func TestPhotoNameWithSpace(t *testing.T) {
	dir := copyDir(t, "testdata/golden/site")
	var b bytes.Buffer
	_ = png.Encode(&b, image.NewGray(image.Rect(0, 0, 1200, 630)))
	writeFiles(t, dir, map[string][]byte{
		"content/ho-so/anh-nho/index.md":    []byte("---\ntitle: \"Ảnh nhỏ\"\nkind: individual\ncategory: y-te\ndistrict: pleiku\nyear: 2020\ncriteria: [sang-kien]\nphoto: anh nho.png\n---\n\nx\n"),
		"content/ho-so/anh-nho/anh nho.png": b.Bytes(),
	})
	files := buildMemory(t, dir, Options{})
	if _, ok := files["ho-so/anh-nho/anh nho.png"]; !ok {
		t.Fatal("the photo is not published under its name")
	}
	want := "https://thu.example/ho-so/anh-nho/anh%20nho.png"
	page := string(files["ho-so/anh-nho/index.html"])
	if !strings.Contains(page, `<meta property="og:image" content="`+want+`"`) {
		t.Errorf("og:image is not %s", want)
	}
	if !strings.Contains(page, `"image":"`+want+`"`) {
		t.Errorf("JSON-LD image is not %s", want)
	}
	for _, f := range []string{"du-lieu/ho-so.csv", "du-lieu/ho-so.json"} {
		if !strings.Contains(string(files[f]), want) {
			t.Errorf("%s does not give the photo as %s", f, want)
		}
	}
	for name, data := range files {
		if bytes.Contains(data, []byte("https://thu.example/ho-so/anh-nho/anh nho.png")) {
			t.Errorf("%s has the photo's URL with a raw space", name)
		}
	}
}
