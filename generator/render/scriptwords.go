package render

import (
	"encoding/json"
	"html/template"
	"sync"

	"github.com/guongsang/guongsang/generator/i18n"
)

// scriptWords are the sentences of the default theme's scripts
// (search.js, filter.js) by the names the scripts look them up under,
// from the catalog (i18n/msg_theme_js.go), in the site's language; "sep"
// is the thousands separator of counts (2.000). Templates write them with
// {{scriptWords}} into <script type="application/json" id="gs-chu">, a
// data block that runs nothing, so the site's CSP (script-src 'self')
// allows it. The scripts fill %[n]s with their arguments.
//
// The JSON is encoded once: html/template would encode a map again on
// every page. json.Marshal writes <, > and & as \u escapes, so the text
// cannot close the <script> element.
var scriptWords = sync.OnceValue(func() template.JS {
	l := i18n.Vi // the published site is Vietnamese, whatever the command speaks
	m := map[string]string{"sep": i18n.NumberIn(l, 1000)[1:2]}
	for k, msg := range map[string]*i18n.Msg{
		"suggest":       i18n.SearchDidYouMean,
		"searchLoading": i18n.JSSearchLoading,
		"searchFound":   i18n.JSSearchFound,
		"searchNone":    i18n.JSSearchNone,
		"searchFailed":  i18n.JSSearchFailed,
		"searchFormer":  i18n.JSSearchFormer,
		"filterLoading": i18n.JSFilterLoading,
		"filterFound":   i18n.JSFilterFound,
		"filterNone":    i18n.JSFilterNone,
		"filterFailed":  i18n.JSFilterFailed,
		"filterChoice":  i18n.JSFilterChoice,
		"filterCount":   i18n.JSFilterCount,
		"filterJoin":    i18n.JSFilterJoin,
	} {
		m[k] = msg.Text(l)
	}
	b, err := json.Marshal(m) // sorted keys: the same bytes every build
	if err != nil {
		panic(err) // a map of strings always encodes
	}
	return template.JS(b)
})
