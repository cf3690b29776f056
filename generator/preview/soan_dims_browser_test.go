package preview

import (
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/guongsang/guongsang/internal/browsertest"
)

// TestBrowserEditorDims drives the form of a site whose commune and
// ethnic-group dimensions are declared only in site.yaml: the district
// choices say until when each district existed, and choosing one for a
// 2026 profile is warned about beside the field (by the code of check);
// a commune and two ethnic groups chosen in the form are saved, and the
// profile appears on the commune's page; the list filters by ethnic
// group.
func TestBrowserEditorDims(t *testing.T) {
	ctx := browsertest.New(t, 3*time.Minute)
	dir := t.TempDir()
	writeFiles(t, dir, declaredSite(t))
	h := startDir(t, dir, true, "127.0.0.1:0")
	b := &browser{t: t, ctx: ctx}

	b.navigate(h.url + "_guongsang/soan/sua")
	b.waitFor(`document.getElementById("f-title") && document.querySelector("#soan-general .soan-summary")`, "the form")
	if got := b.eval(`document.querySelector('#f-district option[value="chu-pah"]').textContent`); got != "Chư Păh (đến 30/6/2025)" {
		t.Errorf("district choice %q", got)
	}
	if got := b.eval(`document.querySelector('label[for="f-co-quan"]').textContent`); got != "Cơ quan *" {
		t.Errorf("co-quan label %q", got)
	}
	b.setField("#f-title", "Rơ Mah Hoa")
	b.setField("#f-kind", "individual")
	b.setField("#f-category", "y-te")
	b.setField("#f-year", "2026")
	b.click(`#f-criteria input[value="sang-kien"]`)
	b.setField("#f-co-quan", "so-y-te")
	// A district dissolved in 2025, for a 2026 profile: warned beside it.
	b.setField("#f-district", "chu-pah")
	b.waitFor(`document.getElementById("m-district").textContent.includes("Chư Păh chỉ tồn tại đến ngày 30/06/2025, nhưng hồ sơ thuộc năm 2026")`, "the warning beside the district")
	b.setField("#f-district", "")
	b.setField("#f-commune", "ia-ly")
	b.click(`#f-dan-toc input[value="gia-rai"]`)
	b.click(`#f-dan-toc input[value="ba-na"]`)
	b.click("#f-draft") // publish
	b.setField("#f-body", "Chị Hoa là y sĩ ở xã Ia Ly.\n")
	b.waitFor(`document.getElementById("m-district").textContent === ""`, "the warning gone")
	b.click("#soan-save")
	b.waitFor(`document.getElementById("soan-save-status").textContent.includes("Đã tạo content/ho-so/ro-mah-hoa.md")`, "the new profile saved")
	src, err := os.ReadFile(filepath.Join(dir, "content/ho-so/ro-mah-hoa.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\ncommune: ia-ly ", "\nco-quan: so-y-te ", "\ndan-toc:", "\n  - gia-rai\n  - ba-na\n", "\ndistrict: \"\"", "draft: false"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("the new file lacks %q:\n%s", want, src)
		}
	}

	// On the commune's page.
	deadline := time.Now().Add(eventTimeout)
	for {
		if _, _, page := h.get("/xa-phuong/ia-ly/"); strings.Contains(page, "Rơ Mah Hoa") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the commune's page never listed the profile; file:\n%s", src)
		}
		time.Sleep(50 * time.Millisecond)
	}
	b.navigate(h.url + "xa-phuong/ia-ly/")
	b.waitFor(`document.body.innerText.includes("Rơ Mah Hoa")`, "the profile on its commune's page")

	// A second photo with its caption and credit, from the media panel,
	// shown under the text.
	b.navigate(h.url + "_guongsang/soan/sua?p=content%2Fho-so%2Fro-mah-hoa.md")
	b.waitFor(`document.getElementById("soan-files") && document.querySelector("#soan-general .soan-summary")`, "the form again")
	// The sub-folder box shows its whole placeholder (it was cut off at 1280 px).
	if got := b.eval(`(function () { var f = document.querySelector("#soan-folder"); var c = document.createElement("canvas").getContext("2d"); var cs = getComputedStyle(f); c.font = cs.fontSize + " " + cs.fontFamily; return String(c.measureText(f.placeholder).width <= f.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)); })()`); got != "true" {
		t.Errorf("the sub-folder placeholder is cut off")
	}
	shot := photo(t, t.TempDir(), "Trao giải.jpg", color.RGBA{40, 40, 200, 255})
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.ID("soan-files"), []string{shot}, chromedp.NodeReady)); err != nil {
		t.Fatal(err)
	}
	b.waitFor(`!!document.querySelector('.soan-media-list li[data-name="trao-giai.jpg"] .soan-ph-caption')`, "the photo in the panel")
	b.setField(`li[data-name="trao-giai.jpg"] .soan-ph-caption`, "Chị Hoa nhận Bằng khen")
	b.setField(`li[data-name="trao-giai.jpg"] .soan-ph-credit`, "Hồng Thi")
	if b.eval(`String(document.querySelector('li[data-name="trao-giai.jpg"] .soan-ph-on').checked)`) != "true" {
		t.Error("typing a caption did not tick the photo")
	}
	b.click("#soan-save")
	b.waitFor(`document.getElementById("soan-save-status").textContent.startsWith("Đã lưu")`, "the photo's caption saved")
	src, err = os.ReadFile(filepath.Join(dir, "content/ho-so/ro-mah-hoa/index.md"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "photos:\n  - file: \"trao-giai.jpg\"\n    caption: \"Chị Hoa nhận Bằng khen\"\n    credit: \"Hồng Thi\"\n"; !strings.Contains(string(src), want) {
		t.Errorf("the file lacks %q:\n%s", want, src)
	}
	deadline = time.Now().Add(eventTimeout)
	for {
		_, _, page := h.get("/ho-so/ro-mah-hoa/")
		if strings.Contains(page, `<figcaption>Chị Hoa nhận Bằng khen <span class="credit">Ảnh: Hồng Thi</span></figcaption>`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the page never showed the caption:\n%s", page)
		}
		time.Sleep(50 * time.Millisecond)
	}

	// The list filters by ethnic group.
	b.navigate(h.url + "_guongsang/soan/")
	b.waitFor(`document.querySelectorAll(".soan-table tbody tr").length === 2`, "the list")
	b.setField("#soan-dim-dan-toc", "ba-na")
	b.waitFor(`document.querySelectorAll(".soan-table tbody tr").length === 1 && document.querySelector(".soan-table tbody").innerText.includes("Rơ Mah Hoa")`, "one Ba Na profile")
	if got := b.eval(`getComputedStyle(document.querySelector(".soan-more")).display`); got != "none" {
		t.Errorf("with one row of one the list shows its more button (display %s)", got)
	}
	// With a value chosen, the select shows only "Ba Na"; its label still
	// says which filter it is.
	if got := b.eval(`(function () { var l = document.querySelector("#soan-dim-dan-toc").closest("label"); return l ? l.querySelector("span").innerText + "|" + (l.getBoundingClientRect().width > 0) : "no label"; })()`); got != "Dân tộc|true" {
		t.Errorf("the chosen filter's label = %q, want the visible label Dân tộc", got)
	}
	b.setField("#soan-dim-dan-toc", "kinh")
	b.waitFor(`document.querySelectorAll(".soan-table tbody tr").length === 0`, "no Kinh profile")
}
