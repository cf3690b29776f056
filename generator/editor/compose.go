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
	pick := func(s string, voc *config.Vocabulary) string {
		if t, ok := voc.Resolve(s); ok && s != "" {
			return t.Key
		}
		if len(voc.Terms) > 0 {
			return voc.Terms[0].Key
		}
		return s
	}
	year, err := strconv.Atoi(v.Year)
	if err != nil || year < 1945 || year > 2100 {
		year = now.Year()
	}
	np := scaffold.NewProfile{Title: v.Title, Kind: pick(v.Kind, cfg.Kinds), Category: pick(v.Category, cfg.Categories),
		District: pick(v.District, cfg.Districts), Year: year, Body: "-"}
	for _, c := range v.Criteria {
		if _, ok := cfg.Criteria.Resolve(c); ok {
			np.Criteria = append(np.Criteria, c)
		}
	}
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
