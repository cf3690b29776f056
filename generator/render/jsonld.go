package render

import (
	"encoding/json"
	"html/template"
	"strconv"

	"github.com/guongsang/guongsang/generator/content"
)

// ldRegion is the province every district belongs to, for schema.org
// addresses. The default vocabularies are Gia Lai's; a site.yaml setting
// should replace this constant when a site for another province exists.
const ldRegion = "Gia Lai"

// ldThing is a schema.org node. Empty fields are left out.
type ldThing struct {
	Context          string       `json:"@context,omitempty"`
	Type             string       `json:"@type,omitempty"`
	ID               string       `json:"@id,omitempty"`
	Name             string       `json:"name,omitempty"`
	Description      string       `json:"description,omitempty"`
	URL              string       `json:"url,omitempty"`
	Image            string       `json:"image,omitempty"`
	MainEntityOfPage string       `json:"mainEntityOfPage,omitempty"`
	Address          *ldAddress   `json:"address,omitempty"`
	AreaServed       *ldPlace     `json:"areaServed,omitempty"`
	Award            []string     `json:"award,omitempty"`
	MemberOf         *ldThing     `json:"memberOf,omitempty"`
	ParentOrg        *ldThing     `json:"parentOrganization,omitempty"`
	Graph            []*ldThing   `json:"@graph,omitempty"`
	Items            []ldListItem `json:"itemListElement,omitempty"`
}

type ldAddress struct {
	Type     string `json:"@type"`
	Locality string `json:"addressLocality,omitempty"`
	Region   string `json:"addressRegion"`
	Country  string `json:"addressCountry"`
}

type ldPlace struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

type ldListItem struct {
	Type     string `json:"@type"`
	Position int    `json:"position"`
	Name     string `json:"name"`
	Item     string `json:"item"`
}

// profileLD returns the schema.org description of a profile page: a Person
// (individual) or an Organization (collective), with its district as
// address, its awards, and its organization (memberOf for a person,
// parentOrganization for a collective); and the page's breadcrumbs.
//
// encoding/json escapes <, > and & as \u003c, \u003e and \u0026, so no
// content can close the <script> element the result is written into; that
// is what makes returning it as template.JS safe.
func (r *Renderer) profileLD(p *content.Profile, crumbs []Link) (template.JS, error) {
	c := r.cards[p]
	url := r.abs(p.URL)
	who := &ldThing{Type: "Person", ID: url + "#chu-the", Name: p.Title, Description: p.Summary,
		URL: url, MainEntityOfPage: url,
		Address: &ldAddress{Type: "PostalAddress", Locality: c.District.Name, Region: ldRegion, Country: "VN"}}
	if p.Photo != nil {
		who.Image = r.abs(p.Photo.URL)
	}
	for _, a := range p.Awards {
		s := a.Title
		if a.Year != 0 {
			s += " (" + strconv.Itoa(a.Year) + ")"
		}
		who.Award = append(who.Award, s)
	}
	var org *ldThing
	if p.Organization != "" {
		org = &ldThing{Type: "Organization", Name: p.Organization}
	}
	if p.Kind == "collective" {
		who.Type = "Organization"
		who.AreaServed = &ldPlace{Type: "AdministrativeArea", Name: c.District.Name + ", " + ldRegion}
		who.ParentOrg = org
	} else {
		who.MemberOf = org
	}
	crumbList := &ldThing{Type: "BreadcrumbList"}
	for i, l := range crumbs {
		crumbList.Items = append(crumbList.Items, ldListItem{Type: "ListItem", Position: i + 1, Name: l.Name, Item: r.abs(l.URL)})
	}
	b, err := json.Marshal(&ldThing{Context: "https://schema.org", Graph: []*ldThing{who, crumbList}})
	if err != nil {
		return "", err
	}
	return template.JS(b), nil
}
