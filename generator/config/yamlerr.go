package config

import (
	"errors"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
)

// YAMLError turns a yaml.v3 error about the YAML text src into a
// diag.Error that names the writer's mistake in their words — a Tab used
// for indentation, a colon or a quote inside an unquoted or quoted value,
// a quote never closed — at the line where it is, which is not always the
// line yaml.v3 reports. offset is the file line src starts on, minus one.
// The error's Line is a file line; Err is the yaml.v3 error.
func YAMLError(path string, offset int, src []byte, err error) *diag.Error {
	line, msg, hint := ExplainYAML(src, offset, err)
	return &diag.Error{Path: path, Line: line + offset, Msg: msg, Hint: hint, Err: err}
}

// ExplainYAML finds the cause of a yaml.v3 error in src and returns its
// line in src (1-based), what is wrong and how to fix it, in the current
// language; a message that names the line names the file line, line +
// offset. It looks at the text first, in file order, for the mistakes
// writers make; only when it finds none does it fall back on the line and
// words of yaml.v3.
func ExplainYAML(src []byte, offset int, err error) (line int, msg, hint string) {
	lines := strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
	ymsg := strings.TrimPrefix(err.Error(), "yaml: ")
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		ymsg = strings.TrimPrefix(te.Errors[0], "yaml: ")
	}
	yline, ymsg, _ := cutLine(ymsg)

	block := -1 // indentation of the block scalar being skipped, or -1
	for i, l := range lines {
		n := i + 1
		trimmed := strings.TrimLeft(l, " \t")
		ind := len(l) - len(trimmed)
		if block >= 0 {
			if trimmed == "" || ind > block && !strings.Contains(l[:ind], "\t") {
				continue
			}
			block = -1
		}
		if strings.Contains(l[:ind], "\t") {
			return n, i18n.YAMLTab.T(n + offset), i18n.YAMLTabHint.T()
		}
		if trimmed == "" || trimmed[0] == '#' {
			continue
		}
		key, val, ok := keyValue(trimmed)
		if !ok {
			continue
		}
		if v := strings.TrimSpace(stripComment(val)); v == "|" || v == ">" || strings.HasPrefix(v, "|") && len(v) <= 3 || strings.HasPrefix(v, ">") && len(v) <= 3 {
			block = ind
			continue
		}
		switch {
		case val == "":
		case val[0] == '"' || val[0] == '\'':
			q := val[0]
			end := closingQuote(val, q)
			if end < 0 {
				return n, i18n.YAMLUnclosedQuote.T(), i18n.YAMLUnclosedQuoteHnt.T()
			}
			if rest := strings.TrimSpace(val[end+1:]); rest != "" && rest[0] != '#' {
				inner := strings.TrimSpace(val[1:])
				inner = strings.TrimSuffix(inner, string(q))
				if q == '"' {
					return n, i18n.YAMLNestedQuotes.T(), i18n.YAMLNestedQuotesHint.T(key + ": '" + strings.ReplaceAll(inner, "'", "''") + "'")
				}
				return n, i18n.YAMLNestedQuotes.T(), i18n.YAMLQuoteHint.T(key + `: "` + strings.ReplaceAll(inner, `"`, `\"`) + `"`)
			}
		case val[0] == '[' || val[0] == '{':
			closeB := map[byte]string{'[': "]", '{': "}"}[val[0]]
			if !strings.Contains(stripComment(val), closeB) {
				return n, i18n.YAMLUnclosedBracket.T(val[:1]), i18n.YAMLUnclosedBracketHint.T(closeB)
			}
		default:
			if v := stripComment(val); strings.Contains(v, ": ") || strings.HasSuffix(v, ":") {
				return n, i18n.YAMLColon.T(key), i18n.YAMLQuoteHint.T(key + `: "` + strings.ReplaceAll(strings.TrimSpace(v), `"`, `'`) + `"`)
			}
		}
	}
	if strings.Contains(ymsg, "tab") {
		for i, l := range lines {
			if strings.Contains(l, "\t") {
				return i + 1, i18n.YAMLTabInside.T(i + 1 + offset), i18n.YAMLTabInsideHint.T()
			}
		}
	}
	if yline == 0 {
		yline = 1
	}
	if strings.Contains(ymsg, "mapping values") || strings.Contains(ymsg, "expected key") ||
		strings.Contains(ymsg, "'-' indicator") || strings.Contains(ymsg, "block") {
		return yline, i18n.YAMLIndent.T(yline + offset), i18n.YAMLIndentHint.T()
	}
	msg = i18n.YAMLInvalid.T()
	if i18n.Current() == i18n.En {
		msg += ": " + ymsg // the parser's own words, for developers
	}
	return yline, msg, i18n.YAMLInvalidHint.T()
}

// keyValue splits a `key: value` or `- key: value` line; for a `- value`
// list item key is "-".
func keyValue(l string) (key, val string, ok bool) {
	if strings.HasPrefix(l, "- ") || l == "-" {
		rest := strings.TrimLeft(strings.TrimPrefix(l, "-"), " ")
		if k, v, ok := keyValue(rest); ok && k != "-" {
			return k, v, true
		}
		return "-", rest, true
	}
	if l[0] == '"' || l[0] == '\'' || l[0] == '[' || l[0] == '{' {
		return "", "", false
	}
	i := strings.Index(l, ":")
	if i <= 0 || i+1 < len(l) && l[i+1] != ' ' {
		return "", "", false
	}
	return l[:i], strings.TrimSpace(l[i+1:]), true
}

// closingQuote returns the index in v of the quote q closing the one at
// v[0], or -1. In single quotes ” is a quote; in double quotes \" is.
func closingQuote(v string, q byte) int {
	for i := 1; i < len(v); i++ {
		switch {
		case q == '"' && v[i] == '\\':
			i++
		case v[i] == q && q == '\'' && i+1 < len(v) && v[i+1] == '\'':
			i++
		case v[i] == q:
			return i
		}
	}
	return -1
}

// stripComment cuts an unquoted value at " #", where YAML starts a
// comment.
func stripComment(v string) string {
	if i := strings.Index(v, " #"); i >= 0 {
		return v[:i]
	}
	return v
}
