package render

import (
	"errors"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/template/parse"

	"go.yaml.in/yaml/v3"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/vntext"
)

// siteLang is the language of the published site's words: Vietnamese,
// whatever language the command line speaks.
const siteLang = i18n.Vi

// word is the template function t: {{t "nav.search"}} writes the theme
// word of that name from the catalog (i18n.ThemeWords), in the site's
// language, and {{t "count.profiles" .Total}} fills its verbs with the
// arguments. An int is a count, written the Vietnamese way (2.000) by
// %s and %v and as plain digits by %d (years, page numbers). A word whose
// name ends in "_html" holds markup and is returned as template.HTML,
// its text arguments escaped first as html/template would escape them;
// any other word is a string, escaped where the template writes it.
//
// An unknown name is an error, which fails the page naming the template
// and the call; LoadTheme reports the names it can see before any page
// is rendered (checkWords). word is safe for concurrent use.
func (th *Theme) word(key string, args ...any) (any, error) {
	m, ok := th.words[key]
	if !ok {
		return "", errors.New(i18n.ThemeWordUnknown.T(key))
	}
	if n := argCount(m.Text(siteLang)); n != len(args) {
		return "", errors.New(i18n.ThemeWordArgs.T(key, n, len(args)))
	}
	markup := strings.HasSuffix(key, "_html")
	var s string
	if len(args) == 0 {
		s = th.text(m)
	} else {
		fa := make([]any, len(args))
		for i, a := range args {
			switch v := a.(type) {
			case int:
				fa[i] = count(v)
			case template.HTML:
				fa[i] = string(v)
			case string:
				if markup {
					v = htmlText.Replace(v)
				}
				fa[i] = v
			default:
				if markup {
					a = htmlText.Replace(fmt.Sprint(a))
				}
				fa[i] = a
			}
		}
		s = th.text(m, fa...)
	}
	if markup {
		return template.HTML(s), nil
	}
	return s, nil
}

// count is an int argument of a theme word: a quantity under %s and %v
// (2.000, siteNumber), plain digits under %d.
type count int

// Format implements fmt.Formatter.
func (n count) Format(f fmt.State, verb rune) {
	if verb == 'd' {
		io.WriteString(f, strconv.Itoa(int(n)))
		return
	}
	io.WriteString(f, siteNumber(int(n)))
}

// htmlText escapes text as html/template escapes a string written
// between tags (its htmlReplacementTable), so that a word's argument
// comes out with the bytes {{.Name}} would have written.
var htmlText = strings.NewReplacer(
	"\x00", "\uFFFD",
	`"`, "&#34;",
	"&", "&amp;",
	"'", "&#39;",
	"+", "&#43;",
	"<", "&lt;",
	">", "&gt;",
)

// checkWords returns an error for every call of t in tree whose word
// name is missing or not in th.words, at the call's line in path (the
// file as the site's author knows it). Names computed while rendering
// ({{t .Key}}) are checked when the page is rendered.
func (th *Theme) checkWords(tree *parse.Tree, path string) []error {
	var errs []error
	report := func(n parse.Node, msg, hint string) {
		e := &diag.Error{Path: path, Msg: msg, Hint: hint}
		loc, _ := tree.ErrorContext(n)
		// loc is "name:line:col".
		if parts := strings.Split(loc, ":"); len(parts) >= 3 {
			e.Line, _ = strconv.Atoi(parts[len(parts)-2])
			e.Col, _ = strconv.Atoi(parts[len(parts)-1])
		}
		errs = append(errs, e)
	}
	var walk func(n parse.Node)
	walkPipe := func(p *parse.PipeNode) {
		if p == nil {
			return
		}
		for i, c := range p.Cmds {
			if id, ok := c.Args[0].(*parse.IdentifierNode); ok && id.Ident == "t" {
				switch {
				case len(c.Args) == 1 && i == 0:
					report(c, i18n.ThemeWordKey.T(), "")
				case len(c.Args) > 1:
					if s, ok := c.Args[1].(*parse.StringNode); ok {
						m, known := th.words[s.Text]
						given := len(c.Args) - 2
						if i > 0 {
							given++ // the previous command's result
						}
						if !known {
							report(s, i18n.ThemeWordUnknown.T(s.Text), i18n.ThemeWordUnknownHint.T())
						} else if need := argCount(m.Text(siteLang)); need != given {
							report(s, i18n.ThemeWordArgs.T(s.Text, need, given), "")
						}
					}
				}
			}
			for _, a := range c.Args {
				walk(a)
			}
		}
	}
	walk = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			if n != nil {
				for _, c := range n.Nodes {
					walk(c)
				}
			}
		case *parse.ActionNode:
			walkPipe(n.Pipe)
		case *parse.PipeNode:
			walkPipe(n)
		case *parse.IfNode:
			walkPipe(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.RangeNode:
			walkPipe(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.WithNode:
			walkPipe(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.TemplateNode:
			walkPipe(n.Pipe)
		}
	}
	if tree != nil && tree.Root != nil {
		walk(tree.Root)
	}
	return errs
}

// siteText formats a message of the catalog for the published site, in
// siteLang whatever language the command line speaks.
func siteText(m *i18n.Msg, args ...any) string { return m.In(siteLang, args...) }

// text is siteText with the site's own wording (WordsFile) of the theme
// words: a board that renames "Thống kê" sees the new name in the
// navigation, the page's heading, its title and its breadcrumb alike.
// th may be nil.
func (th *Theme) text(m *i18n.Msg, args ...any) string {
	if th != nil {
		if f, ok := th.own[m]; ok {
			if len(args) == 0 {
				return f
			}
			return fmt.Sprintf(f, args...)
		}
	}
	return siteText(m, args...)
}

// WordsFile is the file of a site's theme folder (themes/<theme>/) that
// rewords the theme's words for that site, one "name: text" line per
// word: "nav.stats: Số liệu". The names are those of i18n.ThemeWords; a
// text keeps the placeholders (%[1]s) of the catalog's.
const WordsFile = "words.yaml"

var verbRE = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// argCount returns how many arguments the format f takes: the largest
// explicit index (%[2]s), counting verbs without one in order.
func argCount(f string) int {
	n, at := 0, 0
	for _, v := range verbRE.FindAllStringSubmatch(f, -1) {
		if strings.HasSuffix(v[0], "%") {
			continue // %%, a percent sign
		}
		if v[1] != "" {
			at, _ = strconv.Atoi(v[1][1 : len(v[1])-1])
		} else {
			at++
		}
		n = max(n, at)
	}
	return n
}

// verbs returns the formatting verbs of f, sorted.
func verbs(f string) []string {
	v := verbRE.FindAllString(f, -1)
	slices.Sort(v)
	return v
}

// parseWords reads a WordsFile at path (for messages) and returns the
// site's text for each message of words it names. Every line that names
// no word, holds no text or drops a placeholder is an error at its line;
// the lines without error still apply.
func parseWords(path string, data []byte, words map[string]*i18n.Msg) (map[*i18n.Msg]string, []error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, []error{config.YAMLError(path, 0, data, err)}
	}
	if len(doc.Content) == 0 {
		return nil, nil // an empty file, or only comments
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil, []error{&diag.Error{Path: path, Line: m.Line, Msg: i18n.WordsNotMap.T()}}
	}
	own := map[*i18n.Msg]string{}
	var errs []error
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		msg, ok := words[k.Value]
		switch {
		case !ok:
			errs = append(errs, &diag.Error{Path: path, Line: k.Line, Msg: i18n.WordsUnknown.T(k.Value), Hint: i18n.ThemeWordUnknownHint.T()})
		case v.Kind != yaml.ScalarNode || v.Tag == "!!null" || strings.TrimSpace(v.Value) == "":
			errs = append(errs, &diag.Error{Path: path, Line: k.Line, Msg: i18n.WordsNotText.T(k.Value), Hint: i18n.WordsNotTextHint.T()})
		case !slices.Equal(verbs(v.Value), verbs(msg.Text(siteLang))):
			want := verbs(msg.Text(siteLang))
			e := &diag.Error{Path: path, Line: v.Line, Msg: i18n.WordsVerbs.T(k.Value, strings.Join(want, " "), msg.Text(siteLang))}
			if len(want) > 0 {
				e.Hint = i18n.WordsVerbsHint.T(want[0])
			}
			errs = append(errs, e)
		default:
			own[msg] = vntext.NFC(v.Value)
		}
	}
	return own, errs
}
