package render

import (
	"html/template"
	"strconv"
	"time"

	"github.com/guongsang/guongsang/generator/content"
)

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
	MainEntity       *ldThing     `json:"mainEntity,omitempty"`
	DatePublished    string       `json:"datePublished,omitempty"`
	DateModified     string       `json:"dateModified,omitempty"`
	Address          *ldAddress   `json:"address,omitempty"`
	AreaServed       *ldPlace     `json:"areaServed,omitempty"`
	Award            []string     `json:"award,omitempty"`
	MemberOf         *ldThing     `json:"memberOf,omitempty"`
	ParentOrg        *ldThing     `json:"parentOrganization,omitempty"`
	SubjectOf        []*ldThing   `json:"subjectOf,omitempty"`
	NumberOfItems    int          `json:"numberOfItems,omitempty"`
	Graph            []*ldThing   `json:"@graph,omitempty"`
	Items            []ldListItem `json:"itemListElement,omitempty"`
}

type ldAddress struct {
	Type     string `json:"@type"`
	Locality string `json:"addressLocality,omitempty"`
	Region   string `json:"addressRegion,omitempty"`
	Country  string `json:"addressCountry"`
}

type ldPlace struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

// ldListItem is an entry of a BreadcrumbList (Item, the page) or of an
// ItemList (URL, the page listed).
type ldListItem struct {
	Type     string `json:"@type"`
	Position int    `json:"position"`
	Name     string `json:"name"`
	Item     string `json:"item,omitempty"`
	URL      string `json:"url,omitempty"`
}

// profileLD returns the schema.org description of a profile page: a Person
// (individual) or an Organization (collective), with its district as
// address, its awards, its organization (memberOf for a person,
// parentOrganization for a collective) and the collections it is in
// (subjectOf: each collection's page is about its members), newest first;
// and the page's breadcrumbs.
//
// The JSON escapes <, > and & as \u003c, \u003e and \u0026, as
// encoding/json does, so no content can close the <script> element the
// result is written into; that is what makes returning it as template.JS
// safe.
func (r *Renderer) profileLD(p *content.Profile, crumbs, cols []Link) (template.JS, error) {
	return template.JS(r.profileThing(p, crumbs, cols).appendJSON(make([]byte, 0, 1024))), nil
}

// profileThing is the data profileLD writes.
func (r *Renderer) profileThing(p *content.Profile, crumbs, cols []Link) *ldThing {
	url := r.abs(p.URL)
	// The place: the profile's value of the first place dimension it has
	// one for (its district, or its commune); the region: site.yaml's
	// province.
	place, collective := "", false
	for _, d := range r.ix.Dims {
		if k := p.Value(d.Dimension); k != "" {
			if d.Place && place == "" {
				place = r.termLink(d, k).Name
			}
			if d.Key == "kind" && k == "collective" {
				collective = true
			}
		}
	}
	region := r.ix.Site.Province
	who := &ldThing{Type: "Person", ID: url + "#chu-the", Name: p.Title, Description: p.Summary,
		URL: url, MainEntityOfPage: url,
		Address: &ldAddress{Type: "PostalAddress", Locality: place, Region: region, Country: "VN"}}
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
	if collective {
		who.Type = "Organization"
		area := place
		if region != "" && place != "" {
			area += ", " + region
		} else if place == "" {
			area = region
		}
		if area != "" {
			who.AreaServed = &ldPlace{Type: "AdministrativeArea", Name: area}
		}
		who.ParentOrg = org
	} else {
		who.MemberOf = org
	}
	for _, c := range cols {
		who.SubjectOf = append(who.SubjectOf, &ldThing{Type: "CollectionPage", ID: r.abs(c.URL), Name: c.Name, URL: r.abs(c.URL)})
	}
	// The page itself: when it was published and last changed
	// (Profile.Lastmod), for search engines.
	page := &ldThing{Type: "ProfilePage", ID: url, URL: url, MainEntity: &ldThing{ID: who.ID}}
	if !p.Date.IsZero() {
		page.DatePublished = p.Date.Format("2006-01-02")
	}
	if !p.Lastmod.IsZero() {
		page.DateModified = p.Lastmod.Format(time.RFC3339)
	}
	return &ldThing{Context: "https://schema.org", Graph: []*ldThing{who, page, r.crumbsThing(crumbs)}}
}

// crumbsThing is the BreadcrumbList of a page's crumbs.
func (r *Renderer) crumbsThing(crumbs []Link) *ldThing {
	l := &ldThing{Type: "BreadcrumbList"}
	for i, c := range crumbs {
		l.Items = append(l.Items, ldListItem{Type: "ListItem", Position: i + 1, Name: c.Name, Item: r.abs(c.URL)})
	}
	return l
}

// collectionLD returns the schema.org description of a collection's page:
// a CollectionPage whose main entity is an ItemList of its profiles, in
// the collection's order, with their absolute URLs; and the page's
// breadcrumbs. It is safe in a <script> element as profileLD is.
func (r *Renderer) collectionLD(c *content.Collection, crumbs []Link) template.JS {
	url := r.abs(c.URL)
	list := &ldThing{Type: "ItemList", ID: url + "#danh-sach", Name: c.Title, NumberOfItems: len(c.Profiles)}
	list.Items = make([]ldListItem, len(c.Profiles))
	for i, p := range c.Profiles {
		list.Items[i] = ldListItem{Type: "ListItem", Position: i + 1, Name: p.Title, URL: r.abs(p.URL)}
	}
	page := &ldThing{Type: "CollectionPage", ID: url, Name: c.Title, Description: c.Description, URL: url,
		MainEntity: &ldThing{ID: list.ID}}
	if !c.Date.IsZero() {
		page.DatePublished = c.Date.Format("2006-01-02")
	}
	th := &ldThing{Context: "https://schema.org", Graph: []*ldThing{page, list, r.crumbsThing(crumbs)}}
	return template.JS(th.appendJSON(make([]byte, 0, 256+160*len(c.Profiles))))
}

// appendJSON appends t as encoding/json would marshal it, empty fields
// left out (TestJSONWriters compares the two).
func (t *ldThing) appendJSON(b []byte) []byte {
	o := openObject(b)
	o.strOmit("@context", t.Context)
	o.strOmit("@type", t.Type)
	o.strOmit("@id", t.ID)
	o.strOmit("name", t.Name)
	o.strOmit("description", t.Description)
	o.strOmit("url", t.URL)
	o.strOmit("image", t.Image)
	o.strOmit("mainEntityOfPage", t.MainEntityOfPage)
	if t.MainEntity != nil {
		o.key("mainEntity")
		o.b = t.MainEntity.appendJSON(o.b)
	}
	o.strOmit("datePublished", t.DatePublished)
	o.strOmit("dateModified", t.DateModified)
	if a := t.Address; a != nil {
		o.key("address")
		ao := openObject(o.b)
		ao.str("@type", a.Type)
		ao.strOmit("addressLocality", a.Locality)
		ao.strOmit("addressRegion", a.Region)
		ao.str("addressCountry", a.Country)
		o.b = ao.close()
	}
	if p := t.AreaServed; p != nil {
		o.key("areaServed")
		po := openObject(o.b)
		po.str("@type", p.Type)
		po.str("name", p.Name)
		o.b = po.close()
	}
	if len(t.Award) > 0 {
		o.strs("award", t.Award)
	}
	for _, m := range []struct {
		k string
		t *ldThing
	}{{"memberOf", t.MemberOf}, {"parentOrganization", t.ParentOrg}} {
		if m.t != nil {
			o.key(m.k)
			o.b = m.t.appendJSON(o.b)
		}
	}
	if len(t.SubjectOf) > 0 {
		o.key("subjectOf")
		o.b = appendArray(o.b, len(t.SubjectOf), func(b []byte, i int) []byte {
			if t.SubjectOf[i] == nil {
				return append(b, "null"...)
			}
			return t.SubjectOf[i].appendJSON(b)
		})
	}
	if t.NumberOfItems != 0 {
		o.int("numberOfItems", t.NumberOfItems)
	}
	if len(t.Graph) > 0 {
		o.key("@graph")
		o.b = appendArray(o.b, len(t.Graph), func(b []byte, i int) []byte {
			if t.Graph[i] == nil {
				return append(b, "null"...)
			}
			return t.Graph[i].appendJSON(b)
		})
	}
	if len(t.Items) > 0 {
		o.key("itemListElement")
		o.b = appendArray(o.b, len(t.Items), func(b []byte, i int) []byte {
			it := &t.Items[i]
			io := openObject(b)
			io.str("@type", it.Type)
			io.int("position", it.Position)
			io.str("name", it.Name)
			io.strOmit("item", it.Item)
			io.strOmit("url", it.URL)
			return io.close()
		})
	}
	return o.close()
}
