package render

import (
	"encoding/json"
	"path"
	"strconv"
	"strings"

	"github.com/guongsang/guongsang/generator/i18n"
)

// The open data of collections, written only when the site has some:
// bo-suu-tap.json (the collections, each with its profiles in order) and
// bo-suu-tap.csv (one row per profile of a collection, which joins
// ho-so.csv on «Địa chỉ trang», as khen-thuong.csv does). Their keys and
// column heads are a published contract like ho-so.csv's
// (TestCollectionData pins them).
const (
	DataCollectionsJSONPath = "/du-lieu/bo-suu-tap.json"
	DataCollectionsCSVPath  = "/du-lieu/bo-suu-tap.csv"
)

// collectionColumns describes bo-suu-tap.csv and bo-suu-tap.json, in the
// CSV's order; the fields only the JSON has come last.
func collectionColumns() []DataColumn {
	vi := func(m *i18n.Msg) string { return m.In(i18n.Vi) }
	return []DataColumn{
		{"Bộ sưu tập", "title", vi(i18n.ColDataTitle)},
		{"Địa chỉ bộ sưu tập", "url", vi(i18n.ColDataURL)},
		{"Ngày", "date", vi(i18n.ColDataDate)},
		{"Thứ tự", "profiles[].position", vi(i18n.ColDataPos)},
		{"Tên", "profiles[].title", vi(i18n.ColDataProfile)},
		{"Địa chỉ trang", "profiles[].url", vi(i18n.ColDataLink)},
		{vi(i18n.ColDataOnlyJSON), "description", vi(i18n.ColDataDesc)},
		{vi(i18n.ColDataOnlyJSON), "book", vi(i18n.ColDataBook)},
	}
}

// collectionFiles lists the collections' open-data files, none when the
// site has no collections.
func (r *Renderer) collectionFiles() []DataFile {
	if len(r.ix.Collections) == 0 {
		return nil
	}
	return []DataFile{
		{Name: path.Base(DataCollectionsCSVPath), URL: DataCollectionsCSVPath, Format: "CSV", Desc: i18n.ColDataCSVDesc.In(i18n.Vi)},
		{Name: path.Base(DataCollectionsJSONPath), URL: DataCollectionsJSONPath, Format: "JSON", Desc: i18n.ColDataJSONDesc.In(i18n.Vi)},
	}
}

// collectionDataJobs returns the collections' open-data files, keyed by
// every collection and its members.
func (r *Renderer) collectionDataJobs(h *hasher) []Job {
	if len(r.ix.Collections) == 0 {
		return nil
	}
	key := func(kind string) uint64 {
		h.reset(kind)
		h.str(r.ix.Site.BaseURL)
		for _, c := range r.ix.Collections {
			h.int(int(c.Hash))
			h.str(c.Path)
			h.profiles(c.Profiles)
		}
		return h.sum()
	}
	return []Job{
		{Path: strings.TrimPrefix(DataCollectionsJSONPath, "/"), Key: key("data:collections-json"), run: (*Renderer).collectionsJSON},
		{Path: strings.TrimPrefix(DataCollectionsCSVPath, "/"), Key: key("data:collections-csv"), run: (*Renderer).collectionsCSV},
	}
}

// collectionRecord is one collection in bo-suu-tap.json. Every key is
// always present; a missing date is null.
type collectionRecord struct {
	Title       string           `json:"title"`
	URL         string           `json:"url"`
	Date        *string          `json:"date"`
	Description string           `json:"description"`
	Book        string           `json:"book"`
	Profiles    []collectionItem `json:"profiles"`
}

type collectionItem struct {
	Position int    `json:"position"`
	Title    string `json:"title"`
	URL      string `json:"url"`
}

// collectionRecords returns the collections as the open data shows them,
// newest first, each with its profiles in its order.
func (r *Renderer) collectionRecords() []collectionRecord {
	out := make([]collectionRecord, 0, len(r.ix.Collections))
	for _, c := range r.ix.Collections {
		rec := collectionRecord{Title: c.Title, URL: r.abs(c.URL), Description: c.Description, Book: r.abs(c.URL + "ky-yeu/"),
			Profiles: make([]collectionItem, len(c.Profiles))}
		if !c.Date.IsZero() {
			d := c.Date.Format("2006-01-02")
			rec.Date = &d
		}
		for i, p := range c.Profiles {
			rec.Profiles[i] = collectionItem{Position: i + 1, Title: p.Title, URL: r.abs(p.URL)}
		}
		out = append(out, rec)
	}
	return out
}

// collectionsJSON writes bo-suu-tap.json: an array of collections, indented
// so that it reads and diffs well (it is small: a site has a few
// collections).
func (r *Renderer) collectionsJSON() ([]byte, error) {
	b, err := json.MarshalIndent(r.collectionRecords(), "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// collectionsCSV writes bo-suu-tap.csv as ho-so.csv is written (UTF-8 with
// a byte order mark, CRLF, formula-safe cells): one row per profile of
// each collection, in the collection's order.
func (r *Renderer) collectionsCSV() ([]byte, error) {
	cols := collectionColumns()
	rows := [][]string{columnHeads(cols[:6])}
	for _, rec := range r.collectionRecords() {
		date := ""
		if rec.Date != nil {
			date = *rec.Date
		}
		for _, p := range rec.Profiles {
			rows = append(rows, []string{rec.Title, rec.URL, date, strconv.Itoa(p.Position), p.Title, p.URL})
		}
	}
	return writeCSV(rows, 0)
}
