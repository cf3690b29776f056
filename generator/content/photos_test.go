package content

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// TestPhotos: a profile's other photos, by name or with a caption and a
// credit, are published beside it; a missing file, an unknown key and a
// list that is not one are reported at their lines.
func TestPhotos(t *testing.T) {
	src := strings.Replace(good, "year: 2020\n", "year: 2020\nphotos:\n  - lop-hoc.jpg\n  - file: anh/trao-giai.jpg\n    caption: \"Nhận Bằng khen\"\n    credit: Hồng Thi\n", 1)
	fsys := fstest.MapFS{
		"content/ho-so/co-hoa/index.md":          {Data: []byte(src)},
		"content/ho-so/co-hoa/lop-hoc.jpg":       {Data: []byte("jpg")},
		"content/ho-so/co-hoa/anh/trao-giai.jpg": {Data: []byte("jpg")},
	}
	set, _, err := Load(fsys, site(t), Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	want := []Photo{
		{Resource: Resource{"content/ho-so/co-hoa/lop-hoc.jpg", "/ho-so/co-hoa/lop-hoc.jpg"}},
		{Resource: Resource{"content/ho-so/co-hoa/anh/trao-giai.jpg", "/ho-so/co-hoa/anh/trao-giai.jpg"}, Caption: "Nhận Bằng khen", Credit: "Hồng Thi"},
	}
	if p := set.Profiles[0]; !reflect.DeepEqual(p.Photos, want) {
		t.Errorf("photos %+v", p.Photos)
	}

	bad := strings.Replace(good, "year: 2020\n", "year: 2020\nphotos:\n  - file: khong-co.jpg\n    chu_thich: x\n", 1)
	fsys = fstest.MapFS{"content/ho-so/a.md": {Data: []byte(bad)}}
	_, warns, err := Load(fsys, site(t), Options{Now: now})
	if err == nil || !strings.Contains(err.Error(), "content/ho-so/a.md:8: photos[1]: không có tệp content/ho-so/khong-co.jpg") {
		t.Errorf("missing file: %v", err)
	}
	found := false
	for _, w := range warns {
		found = found || w.Field == "photos[1].chu_thich"
	}
	if !found {
		t.Errorf("no warning for the unknown key: %v", warns)
	}
	fsys = fstest.MapFS{"content/ho-so/a.md": {Data: []byte(strings.Replace(good, "year: 2020\n", "year: 2020\nphotos: a.jpg\n", 1))}}
	if _, _, err := Load(fsys, site(t), Options{Now: now}); err == nil || !strings.Contains(err.Error(), "photos phải là một danh sách ảnh") {
		t.Errorf("not a list: %v", err)
	}
}
