package render

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var ldScriptRE = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)

// ldNode is the JSON-LD a profile page carries, as a consumer decodes it.
type ldNode struct {
	Context     string   `json:"@context"`
	Type        string   `json:"@type"`
	ID          string   `json:"@id"`
	Name        string   `json:"name"`
	Description string   `json:"description"`
	URL         string   `json:"url"`
	Image       string   `json:"image"`
	Award       []string `json:"award"`
	Address     *struct {
		Locality string `json:"addressLocality"`
		Region   string `json:"addressRegion"`
		Country  string `json:"addressCountry"`
	} `json:"address"`
	AreaServed *struct {
		Name string `json:"name"`
	} `json:"areaServed"`
	MemberOf  *ldNode  `json:"memberOf"`
	ParentOrg *ldNode  `json:"parentOrganization"`
	Graph     []ldNode `json:"@graph"`
	Modified  string   `json:"dateModified"`
	MainEnt   *ldNode  `json:"mainEntity"`
	Items     []struct {
		Type     string `json:"@type"`
		Position int    `json:"position"`
		Name     string `json:"name"`
		Item     string `json:"item"`
		URL      string `json:"url"`
	} `json:"itemListElement"`
	SubjectOf     []ldNode `json:"subjectOf"`
	NumberOfItems int      `json:"numberOfItems"`
	Published     string   `json:"datePublished"`
}

// pageLD decodes the one JSON-LD block of an HTML page and returns the
// subject (Person or Organization) and the breadcrumbs.
func pageLD(t *testing.T, page string) (subject, crumbs ldNode) {
	t.Helper()
	m := ldScriptRE.FindAllStringSubmatch(page, -1)
	if len(m) != 1 {
		t.Fatalf("%d JSON-LD blocks, want 1", len(m))
	}
	var doc ldNode
	if err := json.Unmarshal([]byte(m[0][1]), &doc); err != nil {
		t.Fatalf("JSON-LD does not decode: %v\n%s", err, m[0][1])
	}
	if doc.Context != "https://schema.org" || len(doc.Graph) != 3 || doc.Graph[1].Type != "ProfilePage" {
		t.Fatalf("want a schema.org @graph of subject, page and breadcrumbs, got %s", m[0][1])
	}
	if pg := doc.Graph[1]; pg.MainEnt == nil || pg.MainEnt.ID != doc.Graph[0].ID {
		t.Errorf("the ProfilePage's mainEntity is not the subject")
	}
	return doc.Graph[0], doc.Graph[2]
}

func TestProfileJSONLD(t *testing.T) {
	t.Parallel()
	s := buildTestSite(t, goldenSiteFS())

	hoa, crumbs := pageLD(t, s.page(t, "/ho-so/nguyen-thi-hoa/"))
	if hoa.Type != "Person" || hoa.Name != "Nguyễn Thị Hoa" || hoa.URL != "https://thu.example/ho-so/nguyen-thi-hoa/" {
		t.Errorf("individual: got %+v", hoa)
	}
	if !slices.Equal(hoa.Award, []string{"Bằng khen của Chủ tịch UBND tỉnh (2019)"}) {
		t.Errorf("award %q", hoa.Award)
	}
	if hoa.Address == nil || hoa.Address.Locality != "Chư Păh" || hoa.Address.Region != "Gia Lai" || hoa.Address.Country != "VN" {
		t.Errorf("address %+v", hoa.Address)
	}
	if hoa.Description == "" || hoa.Image != "" || hoa.MemberOf != nil {
		t.Errorf("description %q, image %q, memberOf %v: want a description, no image, no organization", hoa.Description, hoa.Image, hoa.MemberOf)
	}
	if crumbs.Type != "BreadcrumbList" || len(crumbs.Items) != 3 ||
		crumbs.Items[0].Item != "https://thu.example/" || crumbs.Items[2].Item != hoa.URL || crumbs.Items[2].Position != 3 {
		t.Errorf("breadcrumbs %+v", crumbs)
	}

	don, _ := pageLD(t, s.page(t, "/ho-so/don-bien-phong/"))
	if don.Type != "Organization" || don.AreaServed == nil || don.AreaServed.Name != "Pleiku, Gia Lai" || len(don.Award) != 0 {
		t.Errorf("collective: got %+v", don)
	}

	bia, _ := pageLD(t, s.page(t, "/ho-so/ksor-h-bia/"))
	if bia.Type != "Person" || bia.Image != "https://thu.example/ho-so/ksor-h-bia/chan-dung.svg" {
		t.Errorf("photo: type %q image %q", bia.Type, bia.Image)
	}
	if !s.exists(strings.TrimPrefix(bia.Image, "https://thu.example")) {
		t.Errorf("image %s is not published", bia.Image)
	}

	// Only profile pages describe a person or organization.
	for _, u := range []string{"/", "/ho-so/", "/thong-ke/", "/dia-ban/"} {
		if strings.Contains(s.page(t, u), "application/ld+json") {
			t.Errorf("%s has JSON-LD", u)
		}
	}
}

// TestCollectionJSONLD: a collection's page is a CollectionPage whose main
// entity is an ItemList of its profiles in the collection's order, with
// absolute URLs; each member's page names the collection as subjectOf,
// and a profile in no collection names none.
func TestCollectionJSONLD(t *testing.T) {
	t.Parallel()
	s := buildTestSite(t, goldenSiteFS())
	m := ldScriptRE.FindAllStringSubmatch(s.page(t, "/bo-suu-tap/hoi-nghi-2020/"), -1)
	if len(m) != 1 {
		t.Fatalf("%d JSON-LD blocks on the collection page, want 1", len(m))
	}
	var doc ldNode
	if err := json.Unmarshal([]byte(m[0][1]), &doc); err != nil {
		t.Fatalf("JSON-LD does not decode: %v\n%s", err, m[0][1])
	}
	if doc.Context != "https://schema.org" || len(doc.Graph) != 3 {
		t.Fatalf("want a schema.org @graph of page, list and breadcrumbs, got %s", m[0][1])
	}
	page, list, crumbs := doc.Graph[0], doc.Graph[1], doc.Graph[2]
	const url = "https://thu.example/bo-suu-tap/hoi-nghi-2020/"
	if page.Type != "CollectionPage" || page.ID != url || page.URL != url || page.Name != "Hội nghị điển hình tiên tiến 2020" ||
		page.Description != "Gương sáng được tuyên dương tại hội nghị." || page.Published != "2020-11-20" {
		t.Errorf("page %+v", page)
	}
	if page.MainEnt == nil || page.MainEnt.ID != list.ID || list.ID == "" {
		t.Errorf("the page's mainEntity is not the list: %+v, list @id %q", page.MainEnt, list.ID)
	}
	if list.Type != "ItemList" || list.NumberOfItems != 2 || len(list.Items) != 2 {
		t.Fatalf("list %+v", list)
	}
	want := [][2]string{{"Ksor H'Bia", "https://thu.example/ho-so/ksor-h-bia/"}, {"Đồn Biên phòng Ia Nan", "https://thu.example/ho-so/don-bien-phong/"}}
	for i, it := range list.Items {
		if it.Type != "ListItem" || it.Position != i+1 || it.Name != want[i][0] || it.URL != want[i][1] || it.Item != "" {
			t.Errorf("item %d: %+v, want %v at position %d", i, it, want[i], i+1)
		}
	}
	if crumbs.Type != "BreadcrumbList" || len(crumbs.Items) != 3 || crumbs.Items[2].Item != url {
		t.Errorf("breadcrumbs %+v", crumbs)
	}

	for _, u := range []string{"/ho-so/ksor-h-bia/", "/ho-so/don-bien-phong/"} {
		who, _ := pageLD(t, s.page(t, u))
		if len(who.SubjectOf) != 1 || who.SubjectOf[0].Type != "CollectionPage" || who.SubjectOf[0].ID != url ||
			who.SubjectOf[0].URL != url || who.SubjectOf[0].Name != page.Name {
			t.Errorf("%s: subjectOf %+v, want the collection %s", u, who.SubjectOf, url)
		}
	}
	if hoa, _ := pageLD(t, s.page(t, "/ho-so/nguyen-thi-hoa/")); hoa.SubjectOf != nil {
		t.Errorf("a profile in no collection: subjectOf %+v", hoa.SubjectOf)
	}
}

// TestJSONLDEscaping: text that would end the script element or open an
// HTML comment in it stays inside the JSON.
func TestJSONLDEscaping(t *testing.T) {
	t.Parallel()
	title := `</script><script>alert(1)</script> & <!-- Đội`
	org := `Hội "Chữ thập đỏ" </SCRIPT>`
	s := buildTestSite(t, inlineSite(map[string]string{
		"content/ho-so/doi.md": profileMD("title: '"+title+"'", "kind: collective", "category: y-te", "district: chu-pah",
			"year: 2020", "criteria: [sang-kien]", "organization: '"+org+"'",
			"awards: ['Cờ thi đua <b>tỉnh</b>']"),
		"content/ho-so/an.md": profileMD("title: Nguyễn Văn An", "kind: individual", "category: y-te", "district: chu-pah",
			"year: 2020", "criteria: [sang-kien]", "organization: UBND xã Ia Ka"),
	}))
	page := s.page(t, "/ho-so/doi/")
	if strings.Contains(page, "<script>alert") {
		t.Fatal("title broke out of the JSON-LD script element")
	}
	block := ldScriptRE.FindStringSubmatch(page)
	if block == nil || strings.ContainsAny(block[1], "<>") || strings.Contains(block[1], "&") {
		t.Fatalf("JSON-LD must carry <, > and & escaped: %q", block)
	}
	doi, _ := pageLD(t, page)
	if doi.Name != title || doi.Type != "Organization" {
		t.Errorf("name %q type %q, want %q Organization", doi.Name, doi.Type, title)
	}
	if doi.ParentOrg == nil || doi.ParentOrg.Type != "Organization" || doi.ParentOrg.Name != org || doi.MemberOf != nil {
		t.Errorf("collective's organization: parent %+v memberOf %+v", doi.ParentOrg, doi.MemberOf)
	}
	if !slices.Equal(doi.Award, []string{"Cờ thi đua <b>tỉnh</b>"}) {
		t.Errorf("award %q", doi.Award)
	}

	an, _ := pageLD(t, s.page(t, "/ho-so/an/"))
	if an.MemberOf == nil || an.MemberOf.Name != "UBND xã Ia Ka" || an.ParentOrg != nil {
		t.Errorf("individual's organization: memberOf %+v parent %+v", an.MemberOf, an.ParentOrg)
	}
}
