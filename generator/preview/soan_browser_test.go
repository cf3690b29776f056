package preview

import (
	"bytes"
	"image"
	"image/color"
	jpg "image/jpeg"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/guongsang/guongsang/internal/browsertest"
)

// photo writes a real JPEG (the site measures and resizes photos) of
// the given colour to dir and returns its path.
func photo(t *testing.T, dir, name string, c color.Color) string {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 64, 48))
	for y := range 48 {
		for x := range 64 {
			img.Set(x, y, c)
		}
	}
	var b bytes.Buffer
	if err := jpg.Encode(&b, img, nil); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// do runs JavaScript in the page for its effect.
func (b *browser) do(js string) {
	b.t.Helper()
	b.eval("(function () {" + js + "; return ''})()")
}

// setField sets a form control's value as a person would, with the
// events the form listens to.
func (b *browser) setField(sel, value string) {
	b.t.Helper()
	b.do(`var e = document.querySelector(` + strconv.Quote(sel) + `); e.value = ` + strconv.Quote(value) +
		`; e.dispatchEvent(new Event("input", {bubbles: true})); e.dispatchEvent(new Event("change", {bubbles: true}))`)
}

func (b *browser) click(sel string) {
	b.t.Helper()
	b.do(`document.querySelector(` + strconv.Quote(sel) + `).click()`)
}

func (b *browser) navigate(url string) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, chromedp.Navigate(url)); err != nil {
		b.t.Fatal(err)
	}
}

// TestBrowserEditor drives the editor in headless Chromium as a writer
// would, under the preview's Content-Security-Policy: a new profile
// through the form with two photos, two criteria and an award, seen on
// its page and its district's; an existing hand-written profile edited
// from the toolbar of its page, every other byte kept; a wrong year
// answered beside the field; a table pasted from Word turned into a
// Markdown table; a save over a file changed on disk offering the
// choice; unsaved text offered back after a reload; delete and restore.
func TestBrowserEditor(t *testing.T) {
	ctx := browsertest.New(t, 4*time.Minute)
	files := testSite()
	files["content/ho-so/ksor-ba.md"] = handWritten
	dir := t.TempDir()
	writeFiles(t, dir, files)
	h := startDir(t, dir, true, "127.0.0.1:0")
	b := &browser{t: t, ctx: ctx}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.guongsangBlocked = [];
document.addEventListener("securitypolicyviolation", e => window.guongsangBlocked.push(e.violatedDirective + " " + e.blockedURI));`,
	}); err != nil {
		t.Fatal(err)
	}

	// 1. A new profile through the form.
	b.navigate(h.url + "_guongsang/soan/sua")
	b.waitFor(`document.getElementById("f-title") && document.querySelector("#soan-general .soan-summary")`, "the form")
	b.setField("#f-title", "Rơ Châm Hlim")
	b.setField("#f-kind", "individual")
	b.setField("#f-category", "y-te")
	b.setField("#f-district", "dak-doa")
	b.setField("#f-year", "2020")
	b.click(`#f-criteria input[value="sang-kien"]`)
	b.click(`#f-criteria input[value="tuong-than-tuong-ai"]`)
	b.click("#soan-award-add")
	b.setField(`.soan-award input[data-k="title"]`, "Bằng khen của Chủ tịch UBND tỉnh")
	b.setField(`.soan-award input[data-k="year"]`, "2020")
	b.setField(`.soan-award input[data-k="issuer"]`, "UBND tỉnh Gia Lai")
	b.setField(`.soan-award input[data-k="decision"]`, "Quyết định số 12/QĐ-UBND")
	b.click("#f-draft") // publish
	b.setField("#f-body", "Chị Hlim là y sĩ ở xã **Hà Bầu**.\n")
	b.waitFor(`document.getElementById("soan-preview").innerHTML.includes("<strong>Hà Bầu</strong>")`, "the rendered body")
	b.click("#soan-save")
	b.waitFor(`document.getElementById("soan-save-status").textContent.includes("Đã tạo content/ho-so/ro-cham-hlim.md")`, "the new profile saved")

	shots := t.TempDir()
	up := []string{photo(t, shots, "Ảnh chân dung.jpg", color.RGBA{200, 40, 40, 255}), photo(t, shots, "con.jpg", color.RGBA{40, 200, 40, 255})}
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.ID("soan-files"), up, chromedp.NodeReady)); err != nil {
		t.Fatal(err)
	}
	b.waitFor(`document.getElementById("soan-upload-status") && document.getElementById("soan-upload-status").textContent.includes("Đã tải lên 2 ảnh")`, "two photos uploaded")
	if got := b.eval(`location.search`); got != "?p=content%2Fho-so%2Fro-cham-hlim%2Findex.md" {
		t.Errorf("after the first photo the form edits %s, want the bundle", got)
	}
	b.click(`.soan-media-list li:first-child button`) // the main photo
	b.setField("#f-photo_caption", "Chị Hlim tại trạm y tế")
	b.click("#soan-save")
	b.waitFor(`document.getElementById("soan-save-status").textContent.startsWith("Đã lưu")`, "the photo saved")
	src, err := os.ReadFile(filepath.Join(dir, "content/ho-so/ro-cham-hlim/index.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"title: \"Rơ Châm Hlim\"\n", "district: dak-doa   # Đak Đoa\n", "  - sang-kien\n  - tuong-than-tuong-ai\n",
		"photo: \"anh-chan-dung.jpg\"", "photo_caption: \"Chị Hlim tại trạm y tế\"", "draft: false", "decision: \"Quyết định số 12/QĐ-UBND\""} {
		if !bytes.Contains(src, []byte(want)) {
			t.Errorf("the new file lacks %q:\n%s", want, src)
		}
	}
	for _, name := range []string{"anh-chan-dung.jpg", "con-anh.jpg"} {
		if _, err := os.Stat(filepath.Join(dir, "content/ho-so/ro-cham-hlim", name)); err != nil {
			t.Errorf("photo %s: %v", name, err)
		}
	}
	deadline := time.Now().Add(eventTimeout)
	for {
		_, _, page := h.get("/ho-so/ro-cham-hlim/")
		if strings.Contains(page, "anh-chan-dung") && strings.Contains(page, "Chị Hlim là y sĩ") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the page never showed the photo:\n%s\nfile:\n%s", page, h.read("content/ho-so/ro-cham-hlim/index.md"))
		}
		time.Sleep(50 * time.Millisecond)
	}
	b.navigate(h.url + "ho-so/ro-cham-hlim/")
	b.waitFor(`document.body.innerText.includes("Rơ Châm Hlim") && document.body.innerText.includes("Chị Hlim là y sĩ") && !!document.querySelector("img[src*='anh-chan-dung']")`, "the new page with its photo")
	b.navigate(h.url + "dia-ban/dak-doa/")
	b.waitFor(`document.body.innerText.includes("Rơ Châm Hlim")`, "the profile on its district's page")

	// 2. An existing profile, from its page's toolbar: one line changes.
	b.navigate(h.url + "ho-so/ksor-ba/")
	b.waitFor(`!!document.getElementById("guongsang-soan-edit")`, "the toolbar")
	b.click("#guongsang-soan-edit")
	b.waitFor(`document.getElementById("f-year") && document.getElementById("f-year").value === "2019"`, "the form of Ksor Ba")
	b.setField("#f-year", "2020")
	b.click("#soan-save")
	b.waitFor(`document.getElementById("soan-save-status").textContent.startsWith("Đã lưu")`, "the edit saved")
	if got, want := h.read("content/ho-so/ksor-ba.md"), strings.Replace(handWritten, "year: 2019", "year: 2020", 1); got != want {
		t.Errorf("saved:\n%s\nwant:\n%s", got, want)
	}

	// 3. A wrong year, typed: the message is beside the field.
	b.do(`document.getElementById("f-year").value = ""`)
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("f-year"), "20x9")); err != nil {
		t.Fatal(err)
	}
	b.waitFor(`document.getElementById("m-year").textContent.includes("phải là năm viết bằng chữ số")`, "the year's message")
	if !strings.Contains(b.eval(`document.querySelector('[data-field="year"]').className`), "soan-has-error") {
		t.Error("the year field is not marked")
	}

	// 4. Paste from Word: a heading, bold, a table without a heading row.
	b.do(`var ta = document.getElementById("f-body"); ta.focus(); ta.setSelectionRange(ta.value.length, ta.value.length);
var dt = new DataTransfer();
dt.setData("text/html", '<html><body><h2>Thành tích</h2><p class=MsoNormal><span style="font-weight:bold">Đậm</span> và <i>nghiêng</i></p>' +
  '<table class=MsoTableGrid><tr><td><p>Năm</p></td><td><p>Kết quả</p></td></tr><tr><td><p>2019</p></td><td><p>Chiến sĩ thi đua</p></td></tr></table></body></html>');
dt.setData("text/plain", "Thành tích");
ta.dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true}))`)
	body := b.eval(`document.getElementById("f-body").value`)
	for _, want := range []string{"## Thành tích", "**Đậm** và *nghiêng*", "| Năm | Kết quả |\n| --- | --- |\n| 2019 | Chiến sĩ thi đua |"} {
		if !strings.Contains(body, want) {
			t.Errorf("the pasted body lacks %q:\n%s", want, body)
		}
	}
	b.waitFor(`Array.from(document.querySelectorAll("#soan-preview table")).some(t => t.querySelector("thead th") && t.innerText.includes("Chiến sĩ thi đua"))`, "the table in the preview")

	// 5. The file changes on disk; saving offers the choice.
	theirs := strings.Replace(handWritten, "Anh Ba   trồng", "Sửa ngoài trình soạn: anh Ba trồng", 1)
	h.write("content/ho-so/ksor-ba.md", theirs)
	b.click("#f-draft") // the year is wrong: only a draft may be saved
	b.click("#soan-save")
	b.waitFor(`!document.getElementById("soan-conflict").hidden`, "the conflict choice")
	if h.read("content/ho-so/ksor-ba.md") != theirs {
		t.Fatal("the conflicting save wrote the file")
	}
	b.click("#soan-conflict-theirs")
	b.waitFor(`document.getElementById("f-body").value.includes("Sửa ngoài trình soạn") && !document.getElementById("soan-banner").hidden`, "their version, mine offered back")

	// 6. Unsaved text survives a reload.
	b.do(`var ta = document.getElementById("f-body"); ta.value += "\nMột câu chưa lưu."; ta.dispatchEvent(new Event("input", {bubbles: true}))`)
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	b.waitFor(`document.getElementById("soan-banner") && !document.getElementById("soan-banner").hidden`, "the offer after the reload")
	b.click("#soan-draft-use")
	b.waitFor(`document.getElementById("f-body").value.includes("Một câu chưa lưu.")`, "the unsaved text back")

	// 6b. A draft kept before the form followed site.yaml (each dimension
	// at the top level, a string or a list) still brings its values back.
	b.do(`localStorage.setItem("guongsang-soan:content/ho-so/ksor-ba.md", JSON.stringify({values: {title: "Ksor Ba", district: "dak-doa", criteria: ["sang-kien"], kind: "individual"}, body: document.getElementById("f-body").value + "\nBản cũ.", version: "", at: Date.now()}))`)
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	b.waitFor(`document.getElementById("soan-banner") && !document.getElementById("soan-banner").hidden`, "the old draft's offer")
	b.click("#soan-draft-use")
	b.waitFor(`document.getElementById("f-body").value.includes("Bản cũ.")`, "the old draft's text")
	if got := b.eval(`document.getElementById("f-district").value + "|" + Array.from(document.querySelectorAll("#f-criteria input:checked")).map(i => i.value).join(",")`); got != "dak-doa|sang-kien" {
		t.Errorf("the old draft's district and criteria = %q, want dak-doa|sang-kien", got)
	}

	// 7. Delete, then restore.
	b.click("#soan-delete")
	b.waitFor(`!document.getElementById("soan-ask").hidden`, "the question")
	if _, err := os.Stat(filepath.Join(dir, "content/ho-so/ksor-ba.md")); err != nil {
		t.Fatal("deleted before the answer")
	}
	b.click("#soan-delete-yes")
	b.waitFor(`!!document.getElementById("soan-restore")`, "the deletion")
	if _, err := os.Stat(filepath.Join(dir, "content/ho-so/ksor-ba.md")); err == nil {
		t.Fatal("the file is still in content/")
	}
	b.click("#soan-restore")
	b.waitFor(`document.getElementById("soan-ask").textContent.includes("Đã khôi phục content/ho-so/ksor-ba.md")`, "the restore")
	if h.read("content/ho-so/ksor-ba.md") != theirs {
		t.Error("the restored file differs")
	}
	b.checkPolicy()

	// The list finds it by a folded search.
	b.navigate(h.url + "_guongsang/soan/")
	b.waitFor(`document.querySelectorAll(".soan-table tbody tr").length === 8`, "the list")
	b.setField("#soan-search", "ro cham")
	b.waitFor(`document.querySelectorAll(".soan-table tbody tr").length === 1 && document.querySelector(".soan-table tbody").innerText.includes("Rơ Châm Hlim")`, "the search")
	b.checkPolicy()
}
