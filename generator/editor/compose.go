package editor

import (
	"strconv"
	"strings"
	"time"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/scaffold"
)

// Compose returns the text of a new profile with the values v and the
// body, and the slug its file is named by (from the title): the file
// `guongsang new` writes (scaffold.Draft: every field in the order of
// Fields, with its comments), with v's values put in by Patch. Values
// that are not valid yet (an empty district, a wrong year) are written as
// typed, so a draft can be saved unfinished; content.Loader.Check says
// what is wrong. Compose fails only when the title gives no file name.
// now is the year the template starts from when v's year is unusable.
func Compose(cfg *config.Site, v Values, body string, now time.Time) (text []byte, slug string, err error) {
	v = v.clean()
	year := 0
	np := scaffold.NewProfile{Title: v.Title, Body: "-", Terms: map[string][]string{}}
	for _, d := range cfg.Dims {
		vals := v.Dims[d.Field]
		switch {
		case d.Year:
			year, err = strconv.Atoi(v.Dim(d.Field))
		case d.Multiple:
			// Only values `new` accepts; Patch then writes the rest as typed.
			for _, s := range vals {
				if _, ok := d.Vocab.Resolve(s); ok {
					np.Terms[d.Key] = append(np.Terms[d.Key], s)
				}
			}
		case len(vals) > 0:
			if _, ok := d.Vocab.Resolve(vals[0]); ok {
				np.Terms[d.Key] = vals[:1]
				continue
			}
			fallthrough
		default:
			if d.Required && len(d.Vocab.Terms) > 0 {
				np.Terms[d.Key] = []string{d.Vocab.Terms[0].Key}
			}
		}
	}
	if err != nil || year < 1945 || year > 2100 {
		year = now.Year()
	}
	np.Year = year
	for _, a := range v.Awards {
		y, _ := strconv.Atoi(a.Year)
		np.Awards = append(np.Awards, content.Award{Title: a.Title, Year: y, Issuer: a.Issuer, Decision: a.Decision})
	}
	tmpl, slug, err := scaffold.Draft(cfg, np)
	if err != nil {
		return nil, "", err
	}
	text, err = Patch(tmpl, v, strings.TrimPrefix(body, "\n"), cfg)
	return text, slug, err
}
