package preview

import (
	"encoding/json"
	"net/http"
	"os"
	"slices"
	"strings"
	"testing"
)

// declaredSite is a site whose dimensions come from site.yaml only, with
// a required agency (co-quan), a commune, and a multi-valued ethnic
// group (dan-toc) that no Go code names.
func declaredSite(t *testing.T) map[string]string {
	t.Helper()
	yaml, err := os.ReadFile("../scaffold/testdata/chieu/site.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return map[string]string{
		"site.yaml": string(yaml),
		"content/ho-so/ksor-ba.md": "---\ntitle: \"Ksor Ba\"\nkind: individual\ncategory: y-te\ndistrict: chu-pah\nyear: 2019\n" +
			"criteria: [sang-kien]\nco-quan: so-y-te   # Sở Y tế\n---\nAnh Ba.\n",
	}
}

// bootOf reads the boot data of an editor page.
func bootOf(t *testing.T, h *harness, page string) boot {
	t.Helper()
	code, _, body := h.get(EditorPath + page)
	_, rest, ok := strings.Cut(body, `<script type="application/json" id="soan-boot">`)
	data, _, ok2 := strings.Cut(rest, "</script>")
	var b boot
	if code != 200 || !ok || !ok2 || json.Unmarshal([]byte(data), &b) != nil {
		t.Fatalf("page %s: %d\n%s", page, code, body)
	}
	return b
}

// TestEditorDeclaredDimension: a dimension added only in site.yaml is a
// field of the form (its label, required mark and terms from site.yaml,
// places with the dates they existed), a column or filter of the list,
// is checked by the code of `check`, and round-trips through the API: the
// save writes its front-matter key and the form reads it back.
func TestEditorDeclaredDimension(t *testing.T) {
	t.Parallel()
	h := start(t, declaredSite(t), true)
	b := bootOf(t, h, "sua")
	var keys []string
	fields := map[string]field{}
	for _, f := range b.Fields {
		keys = append(keys, f.Key)
		fields[f.Key] = f
	}
	if got := strings.Join(keys, " "); !strings.HasPrefix(got, "title kind category district year criteria commune co-quan dan-toc summary") {
		t.Errorf("form fields: %s", got)
	}
	if f := fields["co-quan"]; f != (field{Key: "co-quan", Label: "Cơ quan", Type: "select", Vocab: "co-quan", Req: true, Dim: true}) {
		t.Errorf("co-quan field: %+v", f)
	}
	if f := fields["dan-toc"]; f != (field{Key: "dan-toc", Label: "Dân tộc", Type: "multi", Vocab: "dan-toc", Dim: true}) {
		t.Errorf("dan-toc field: %+v", f)
	}
	if v := b.Vocab["co-quan"]; len(v) != 2 || v[0].Key != "so-y-te" || v[0].Name != "Sở Y tế" {
		t.Errorf("co-quan terms: %+v", v)
	}
	if v := b.Vocab["district"]; len(v) != 2 || v[0].Note != "đến 30/6/2025" {
		t.Errorf("district terms: %+v", v)
	}
	if v := b.Vocab["commune"]; len(v) != 2 || v[0].Note != "từ 1/7/2025" {
		t.Errorf("commune terms: %+v", v)
	}
	var filters []string
	for _, d := range b.List {
		if d.Filter {
			filters = append(filters, d.Key)
		}
	}
	if !slices.Contains(filters, "co-quan") || !slices.Contains(filters, "dan-toc") {
		t.Errorf("list filters: %v", filters)
	}

	// A new profile through the API.
	vals := map[string]any{"title": "Rơ Mah Hoa", "dims": map[string][]string{"kind": {"individual"}, "category": {"y-te"}, "year": {"2026"},
		"criteria": {"sang-kien"}, "commune": {"ia-ly"}, "co-quan": {"cong-an-tinh"}, "dan-toc": {"gia-rai", "ba-na"}}}
	code, out := h.postJSON("luu", map[string]any{"values": vals, "body": "Chị Hoa.\n"}, nil)
	p := "content/ho-so/ro-mah-hoa.md"
	if code != 200 || out["path"] != p {
		t.Fatalf("new: %d %v", code, out)
	}
	text := h.read(p)
	for _, w := range []string{"\ncommune: ia-ly ", "\nco-quan: cong-an-tinh ", "\ndan-toc: ", "\n  - gia-rai\n  - ba-na\n"} {
		if !strings.Contains(text, w) {
			t.Errorf("saved file lacks %q:\n%s", w, text)
		}
	}
	got := h.load(p)
	dims := got["values"].(map[string]any)["dims"].(map[string]any)
	if dims["co-quan"].([]any)[0] != "cong-an-tinh" || len(dims["dan-toc"].([]any)) != 2 {
		t.Errorf("read back: %v", dims)
	}

	// An existing profile: a changed agency changes its line only, the
	// comment after it renamed with the term.
	k := "content/ho-so/ksor-ba.md"
	got = h.load(k)
	v := got["values"].(map[string]any)
	v["dims"].(map[string]any)["co-quan"] = []string{"cong-an-tinh"}
	code, out = h.postJSON("luu", map[string]any{"path": k, "version": got["version"], "values": v, "body": got["body"]}, nil)
	if want := strings.Replace(declaredSite(t)[k], "co-quan: so-y-te   # Sở Y tế", "co-quan: cong-an-tinh   # Công an tỉnh", 1); code != 200 || h.read(k) != want {
		t.Errorf("edit: %d %v\n%s", code, out, h.read(k))
	}

	// Checked as `check` checks: a required dimension left empty is an
	// error beside its field; a district that no longer existed in the
	// profile's year a warning beside it.
	v["dims"].(map[string]any)["co-quan"] = []string{}
	v["dims"].(map[string]any)["year"] = []string{"2026"}
	code, out = h.postJSON("kiem-tra", map[string]any{"path": k, "values": v, "body": "x"}, nil)
	var errField, warnField []string
	for _, pr := range out["problems"].([]any) {
		m := pr.(map[string]any)
		if m["warn"] == true {
			warnField = append(warnField, m["field"].(string))
		} else {
			errField = append(errField, m["field"].(string))
		}
	}
	if code != 200 || !slices.Contains(errField, "co-quan") || !slices.Contains(warnField, "district") {
		t.Errorf("check: %d errors %v warnings %v: %v", code, errField, warnField, out)
	}

	// The list carries the agency.
	h.rebuilt()
	_, out = h.call(http.MethodGet, "ds", nil, "", nil)
	col := -1
	for i, d := range b.List {
		if d.Key == "co-quan" {
			col = i
		}
	}
	found := false
	for _, r := range out["rows"].([]any) {
		m := r.(map[string]any)
		if m["p"] == p {
			found = true
			if x := m["x"].([]any)[col].([]any); len(x) != 1 || x[0] != "cong-an-tinh" {
				t.Errorf("row %v", m)
			}
		}
	}
	if !found {
		t.Errorf("the new profile is not listed: %v", out)
	}
}
