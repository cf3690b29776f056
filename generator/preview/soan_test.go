package preview

import (
	"bytes"
	"encoding/json"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

// snapshot returns every file under dir, for "nothing was written".
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(dir, p)
			out[filepath.ToSlash(rel)] = string(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// call sends a request to the editor's API as its page does: same
// origin, with the session token. change may alter the request.
func (h *harness) call(method, api string, body io.Reader, ctype string, change func(*http.Request)) (int, map[string]any) {
	h.t.Helper()
	req, err := http.NewRequest(method, h.url+strings.TrimPrefix(EditorPath, "/")+"api/"+api, body)
	if err != nil {
		h.t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	if method == http.MethodPost {
		req.Header.Set("Origin", strings.TrimSuffix(h.url, "/"))
		req.Header.Set(TokenHeader, h.srv.Token())
	}
	if change != nil {
		change(req)
	}
	resp, err := (&http.Client{Transport: &http.Transport{DisableKeepAlives: true}}).Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	data, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(data, &out); err != nil {
		if resp.StatusCode == http.StatusForbidden { // the host check's page
			return resp.StatusCode, map[string]any{"page": string(data)}
		}
		h.t.Fatalf("%s %s: %d %q", method, api, resp.StatusCode, data)
	}
	return resp.StatusCode, out
}

func (h *harness) postJSON(api string, v any, change func(*http.Request)) (int, map[string]any) {
	h.t.Helper()
	b, _ := json.Marshal(v)
	return h.call(http.MethodPost, api, bytes.NewReader(b), "application/json", change)
}

// load fetches a profile as the form does.
func (h *harness) load(p string) map[string]any {
	h.t.Helper()
	code, out := h.call(http.MethodGet, "ho-so?p="+p, nil, "", nil)
	if code != 200 {
		h.t.Fatalf("load %s: %d %v", p, code, out)
	}
	return out
}

func (h *harness) read(name string) string {
	h.t.Helper()
	b, err := os.ReadFile(filepath.Join(h.dir, filepath.FromSlash(name)))
	if err != nil {
		h.t.Fatal(err)
	}
	return string(b)
}

// upload sends photos to the profile p.
func (h *harness) upload(p, folder string, files map[string][]byte, change func(*http.Request)) (int, map[string]any) {
	h.t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	_ = mw.WriteField("p", p)
	if folder != "" {
		_ = mw.WriteField("folder", folder)
	}
	for name, data := range files {
		w, _ := mw.CreateFormFile("anh", name)
		_, _ = w.Write(data)
	}
	mw.Close()
	return h.call(http.MethodPost, "anh", &b, mw.FormDataContentType(), change)
}

// jpeg is the start of a JPEG file, enough for content sniffing.
var jpeg = append([]byte{0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0}, make([]byte, 64)...)

// handWritten is a profile as a person writes it, with what the editor
// must keep: a comment, an unknown field, a name for a term, CRLF-free
// odd spacing, HTML comments in the body.
const handWritten = `---
# Hồ sơ do phòng Tuyên truyền gửi
title: "Ksor Ba"   # tên đầy đủ
kind: individual
category: giao-duc
district: Chư Păh
year: 2019
criteria: [sang-kien]
que_quan: "Chư Sê"     # trường riêng của đơn vị
draft: true
---

Anh Ba   trồng *cà phê*.

<!-- còn thiếu ảnh -->
| a | b |
|---|---|
`

func TestEditorRefusesForeignWrites(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	before := snapshot(t, h.dir)
	form := map[string]any{"path": "content/ho-so/ksor-ba.md", "values": map[string]any{"title": "Bị sửa"}, "body": "x"}
	del := map[string]any{"path": "content/ho-so/ksor-ba.md"}
	host := strings.TrimSuffix(strings.TrimPrefix(h.url, "http://"), "/")
	port := host[strings.LastIndexByte(host, ':'):]
	for _, tc := range []struct {
		name   string
		change func(*http.Request)
		want   error
	}{
		{"cross-origin", func(r *http.Request) { r.Header.Set("Origin", "http://evil.example") }, ErrForeignOrigin},
		{"cross-site fetch", func(r *http.Request) { r.Header.Set("Sec-Fetch-Site", "cross-site") }, ErrForeignOrigin},
		{"no origin", func(r *http.Request) { r.Header.Del("Origin") }, ErrNoOrigin},
		{"no token", func(r *http.Request) { r.Header.Del(TokenHeader) }, ErrNoToken},
		{"wrong token", func(r *http.Request) { r.Header.Set(TokenHeader, "x"+h.srv.Token()[1:]) }, ErrBadToken},
		{"foreign host", func(r *http.Request) {
			r.Host = "evil.example" + port
			r.Header.Set("Origin", "http://evil.example"+port)
		}, nil},
	} {
		for _, api := range []string{"luu", "xoa", "kiem-tra", "khoi-phuc"} {
			v := any(form)
			if api == "xoa" {
				v = del
			}
			code, out := h.postJSON(api, v, tc.change)
			if code != http.StatusForbidden {
				t.Errorf("%s %s: %d %v, want 403", tc.name, api, code, out)
			}
			if tc.want == nil && !strings.Contains(out["page"].(string), "--allowed-host evil.example") {
				t.Errorf("%s %s: %v", tc.name, api, out)
			}
			if tc.want != nil && out["error"] != tc.want.Error() {
				t.Errorf("%s %s: %q, want %q", tc.name, api, out["error"], tc.want.Error())
			}
		}
		code, _ := h.upload("content/ho-so/ksor-ba.md", "", map[string][]byte{"a.jpg": jpeg}, tc.change)
		if code != http.StatusForbidden {
			t.Errorf("%s upload: %d, want 403", tc.name, code)
		}
	}
	// A GET cannot write: the write endpoints answer POST only.
	if code, _, _ := h.get(EditorPath + "api/xoa?path=content/ho-so/ksor-ba.md"); code != http.StatusNotFound {
		t.Errorf("GET xoa: %d, want 404", code)
	}
	if after := snapshot(t, h.dir); len(after) != len(before) {
		t.Fatalf("files changed: %d before, %d after", len(before), len(after))
	} else {
		for p, b := range before {
			if after[p] != b {
				t.Errorf("%s was written", p)
			}
		}
	}
}

func TestEditorSaveKeepsBytes(t *testing.T) {
	t.Parallel()
	files := testSite()
	files["content/ho-so/ksor-ba.md"] = handWritten
	h := start(t, files, true)
	p := "content/ho-so/ksor-ba.md"
	got := h.load(p)
	vals := got["values"].(map[string]any)
	dims := vals["dims"].(map[string]any)
	if dims["district"].([]any)[0] != "chu-pah" || vals["title"] != "Ksor Ba" {
		t.Fatalf("values %v", vals)
	}
	// Saved as loaded: not a byte changes.
	code, out := h.postJSON("luu", map[string]any{"path": p, "version": got["version"], "values": vals, "body": got["body"]}, nil)
	if code != 200 || h.read(p) != handWritten {
		t.Fatalf("save unchanged: %d %v\n%s", code, out, h.read(p))
	}
	// A new year and a second criterion change two lines only.
	dims["year"] = []string{"2020"}
	dims["criteria"] = []string{"sang-kien", "tuong-than-tuong-ai"}
	code, out = h.postJSON("luu", map[string]any{"path": p, "version": got["version"], "values": vals, "body": got["body"]}, nil)
	want := strings.Replace(strings.Replace(handWritten, "year: 2019", "year: 2020", 1), "criteria: [sang-kien]", "criteria: [sang-kien, tuong-than-tuong-ai]", 1)
	if code != 200 || h.read(p) != want {
		t.Fatalf("save: %d %v\n%s", code, out, h.read(p))
	}
	if out["version"] == got["version"] {
		t.Error("the version did not change with the bytes")
	}
	h.rebuilt()
	if _, _, body := h.get("/ho-so/ksor-ba/"); !strings.Contains(body, "Tương thân tương ái") {
		t.Error("the page does not show the new criterion")
	}
}

func TestEditorConflict(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	p := "content/ho-so/ksor-ba.md"
	got := h.load(p)
	vals := got["values"].(map[string]any)
	vals["title"] = "Ksor Ba (bản của tôi)"
	theirs := person("Ksor Ba (bản khác)", "chu-pah", 2019, "Sửa ở nơi khác.").String()
	h.write(p, theirs)
	form := map[string]any{"path": p, "version": got["version"], "values": vals, "body": got["body"]}
	code, out := h.postJSON("luu", form, nil)
	if code != http.StatusConflict {
		t.Fatalf("save over a changed file: %d %v, want 409", code, out)
	}
	th := out["theirs"].(map[string]any)
	if th["body"] != "Sửa ở nơi khác.\n" || th["values"].(map[string]any)["title"] != "Ksor Ba (bản khác)" || th["version"] == got["version"] {
		t.Errorf("theirs: %v", th)
	}
	if h.read(p) != theirs {
		t.Fatal("a refused save wrote the file")
	}
	// Keep mine: theirs goes to the bin, mine is saved.
	form["keepMine"] = true
	code, out = h.postJSON("luu", form, nil)
	if code != 200 || !strings.Contains(h.read(p), "bản của tôi") || out["kept"] == nil {
		t.Fatalf("keep mine: %d %v", code, out)
	}
	_, tr := h.call(http.MethodGet, "thung-rac", nil, "", nil)
	ents := tr["entries"].([]any)
	if len(ents) != 1 || ents[0].(map[string]any)["title"] != "Ksor Ba (bản khác)" {
		t.Errorf("bin: %v", tr)
	}
}

func TestEditorPublishNeedsNoErrors(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	p := "content/ho-so/ksor-ba.md"
	got := h.load(p)
	vals := got["values"].(map[string]any)
	vals["dims"].(map[string]any)["year"] = []string{"20x9"}
	code, out := h.postJSON("kiem-tra", map[string]any{"path": p, "values": vals, "body": "**Đậm**"}, nil)
	probs, _ := out["problems"].([]any)
	if code != 200 || len(probs) != 1 || probs[0].(map[string]any)["field"] != "year" ||
		!strings.Contains(probs[0].(map[string]any)["msg"].(string), "phải là năm viết bằng chữ số") ||
		out["html"] != "<p><strong>Đậm</strong></p>\n" {
		t.Fatalf("check: %d %v", code, out)
	}
	before := h.read(p)
	code, out = h.postJSON("luu", map[string]any{"path": p, "version": got["version"], "values": vals, "body": got["body"]}, nil)
	if code != http.StatusUnprocessableEntity || !strings.HasPrefix(out["error"].(string), "chưa đăng được: còn 1 lỗi") || h.read(p) != before {
		t.Fatalf("publish with an error: %d %v", code, out)
	}
	vals["draft"] = true
	code, out = h.postJSON("luu", map[string]any{"path": p, "version": got["version"], "values": vals, "body": got["body"]}, nil)
	if code != 200 || !strings.Contains(h.read(p), "year: \"20x9\"\n") || !strings.Contains(h.read(p), "draft: true\n") {
		t.Fatalf("a draft with an error: %d %v\n%s", code, out, h.read(p))
	}
}

func TestEditorNewUploadDelete(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	vals := map[string]any{"title": "Rơ Châm Hlim", "dims": map[string][]string{"kind": {"individual"}, "category": {"y-te"}, "district": {"dak-doa"}, "year": {"2020"},
		"criteria": {"sang-kien", "tuong-than-tuong-ai"}}, "awards": []map[string]string{{"title": "Bằng khen", "year": "2020", "issuer": "UBND tỉnh", "decision": "QĐ 12"}}}
	code, out := h.postJSON("luu", map[string]any{"values": vals, "body": "Chị Hlim là y sĩ.\n"}, nil)
	p := "content/ho-so/ro-cham-hlim.md"
	if code != 200 || out["path"] != p {
		t.Fatalf("new: %d %v", code, out)
	}
	// The same title again is refused, the file kept.
	if code, out := h.postJSON("luu", map[string]any{"values": vals, "body": "Khác."}, nil); code != http.StatusConflict || !strings.Contains(h.read(p), "Chị Hlim") {
		t.Errorf("a second profile with the same title: %d %v", code, out)
	}

	// Photos with names no file should have land inside the bundle.
	long := strings.Repeat("ảnh rất dài ", 25) + ".jpg" // 300 characters
	nfd := norm.NFD.String("Ảnh Già làng.jpg")
	code, out = h.upload(p, "../../public", map[string][]byte{"../x.jpg": jpeg, "con.jpg": jpeg, long: jpeg, nfd: jpeg,
		"virus.jpg": []byte("MZ\x90\x00 not an image"), "trang.html": []byte("<html><script>x</script>")}, nil)
	if code != 200 {
		t.Fatalf("upload: %d %v", code, out)
	}
	bundle := "content/ho-so/ro-cham-hlim/"
	if out["path"] != bundle+"index.md" {
		t.Errorf("the profile did not become a bundle: %v", out["path"])
	}
	var names []string
	for _, s := range out["saved"].([]any) {
		names = append(names, s.(map[string]any)["name"].(string))
	}
	want := map[string]bool{"public/x.jpg": true, "public/con-anh.jpg": true, "public/anh-gia-lang.jpg": true,
		"public/anh-rat-dai-anh-rat-dai-anh-rat-dai-anh-rat-dai-anh-rat-dai.jpg": true}
	if len(names) != len(want) {
		t.Errorf("saved %v, want %v", names, want)
	}
	for _, n := range names {
		if !want[n] {
			t.Errorf("saved as %q", n)
		}
		if _, err := os.Stat(filepath.Join(h.dir, filepath.FromSlash(bundle+n))); err != nil {
			t.Errorf("%s: %v", n, err)
		}
	}
	if ref := out["refused"].([]any); len(ref) != 2 || !strings.Contains(ref[0].(string)+ref[1].(string), "không phải ảnh JPEG, PNG, GIF hay WebP") {
		t.Errorf("refused %v", ref)
	}
	if _, err := os.Stat(filepath.Join(h.dir, "public")); err == nil {
		t.Error("something was written to public/")
	}
	if _, err := os.Stat(filepath.Join(h.dir, filepath.FromSlash(p))); err == nil {
		t.Error("the single file is still there beside the bundle")
	}

	// Delete and restore.
	code, out = h.postJSON("xoa", map[string]any{"path": bundle + "index.md"}, nil)
	if code != 200 {
		t.Fatalf("delete: %d %v", code, out)
	}
	id := out["id"].(string)
	if _, err := os.Stat(filepath.Join(h.dir, TrashDir, id, "ro-cham-hlim", "index.md")); err != nil {
		t.Fatalf("not in the bin: %v", err)
	}
	if _, err := os.Stat(filepath.Join(h.dir, "content/ho-so/ro-cham-hlim")); err == nil {
		t.Fatal("still in content/")
	}
	waitFor(t, func() bool { c, _, _ := h.get("/ho-so/ro-cham-hlim/"); return c == 404 }, "the page to go")
	code, out = h.postJSON("khoi-phuc", map[string]any{"id": id}, nil)
	if code != 200 || out["path"] != bundle+"index.md" {
		t.Fatalf("restore: %d %v", code, out)
	}
	if !strings.Contains(h.read(bundle+"index.md"), "Chị Hlim") || h.read(bundle+"public/x.jpg") != string(jpeg) {
		t.Error("restored files differ")
	}
	waitFor(t, func() bool {
		c, _, b := h.get("/ho-so/ro-cham-hlim/")
		return c == 200 && strings.Contains(b, "Chị Hlim")
	}, "the page to come back")
	if code, out := h.postJSON("khoi-phuc", map[string]any{"id": id}, nil); code != http.StatusNotFound {
		t.Errorf("restore twice: %d %v", code, out)
	}
	for _, bad := range []string{"../content", ".", "x/../../etc"} {
		if code, _ := h.postJSON("khoi-phuc", map[string]any{"id": bad}, nil); code != http.StatusBadRequest && code != http.StatusNotFound {
			t.Errorf("restore %q: %d", bad, code)
		}
	}
	for _, bad := range []string{"../site.yaml", "content/../site.yaml", "/etc/passwd", "content/ho-so/../../x.md", "static/a.md", "content/.thung-rac/x.md"} {
		if code, _ := h.postJSON("xoa", map[string]any{"path": bad}, nil); code != http.StatusBadRequest {
			t.Errorf("delete %q: %d, want 400", bad, code)
		}
	}
}

func TestEditorList(t *testing.T) {
	t.Parallel()
	files := testSite()
	files["content/ho-so/hong.md"] = "---\ntitle: \"Hỏng\"\nkind: individual\ncategory: giao-duc\ndistrict: nowhere\nyear: 2019\ncriteria: [sang-kien]\n---\nx\n"
	h := start(t, files, true)
	code, out := h.call(http.MethodGet, "ds", nil, "", nil)
	rows := out["rows"].([]any)
	if code != 200 || len(rows) != 8 {
		t.Fatalf("list: %d %d rows", code, len(rows))
	}
	found := false
	for _, r := range rows {
		m := r.(map[string]any)
		if m["p"] == "content/ho-so/hong.md" {
			found = true
			if m["t"] != "Hỏng" || m["e"] != 1.0 || !strings.Contains(m["m"].(string), "nowhere") {
				t.Errorf("broken row %v", m)
			}
		}
		if m["p"] == "content/ho-so/siu-nhap.md" && m["dr"] != true {
			t.Errorf("draft row %v", m)
		}
	}
	if !found {
		t.Error("the broken profile is not listed")
	}
	// The toolbar and the editor's pages are the preview's only.
	if _, _, body := h.get("/ho-so/ksor-ba/"); !strings.Contains(body, `<script src="`+ToolbarPath+`" defer></script>`) {
		t.Error("no toolbar script on a page")
	}
	if code, hdr, body := h.get(ToolbarPath); code != 200 || !strings.Contains(body, "Sửa hồ sơ này") || hdr.Get("Content-Security-Policy") != Policy {
		t.Errorf("toolbar: %d %q", code, body)
	}
	code, _, body := h.get(EditorPath)
	if code != 200 || !strings.Contains(body, h.srv.Token()) || strings.Contains(body, "<script>") {
		t.Errorf("list page: %d\n%s", code, body)
	}
}

func TestEditorOffOnOpenBind(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, testSite())
	h := startDir(t, dir, true, "0.0.0.0:0")
	code, out := h.postJSON("luu", map[string]any{"path": "content/ho-so/ksor-ba.md", "values": map[string]any{"title": "x"}}, nil)
	if code != http.StatusForbidden || !strings.Contains(out["error"].(string), "--allow-edit") {
		t.Errorf("save with the editor off: %d %v", code, out)
	}
	if _, _, body := h.get(EditorPath); !strings.Contains(body, "trình soạn hồ sơ đang tắt") || strings.Contains(body, h.srv.Token()) {
		t.Errorf("the page does not say the editor is off, or carries the token:\n%s", body)
	}
	if _, _, body := h.get(ToolbarPath); strings.TrimSpace(body) != "" {
		t.Errorf("toolbar with the editor off: %q", body)
	}
}

// waitFor polls cond until it holds, for changes the watcher applies.
func waitFor(t *testing.T, cond func() bool, what string) {
	t.Helper()
	deadline := time.Now().Add(eventTimeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
