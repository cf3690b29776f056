package content

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"time"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"

	"github.com/guongsang/guongsang/generator/i18n"
)

// node is front matter decoded from any of the three formats into one
// shape that remembers the file line of every value, so validation can
// point at the line to fix.
type node struct {
	kind   nodeKind
	value  any // string, int64, float64, bool or time.Time for scalars
	items  []*node
	keys   []string // for maps, in file order
	vals   []*node
	line   int
	klines []int  // for maps: the line of each key
	raw    string // for numbers yaml.v3 read: the text as written, e.g. "2.020"
}

type nodeKind int

const (
	nullNode nodeKind = iota
	scalarNode
	listNode
	mapNode
)

func (n *node) get(key string) (*node, int, bool) {
	for i, k := range n.keys {
		if k == key {
			return n.vals[i], n.klines[i], true
		}
	}
	return nil, 0, false
}

// fromYAML converts a yaml.v3 node; offset is added to every line.
func fromYAML(y *yaml.Node, offset int) (*node, error) {
	n := &node{line: y.Line + offset}
	switch y.Kind {
	case yaml.DocumentNode:
		if len(y.Content) == 0 {
			return &node{kind: mapNode, line: offset + 1}, nil
		}
		return fromYAML(y.Content[0], offset)
	case yaml.AliasNode:
		// Aliases could expand exponentially (a "billion laughs" file);
		// front matter never needs them.
		return nil, &posError{line: y.Line + offset, msg: i18n.ContentAlias.T(y.Value), hint: i18n.ContentAliasHint.T()}
	case yaml.MappingNode:
		n.kind = mapNode
		seen := map[string]int{}
		for i := 0; i+1 < len(y.Content); i += 2 {
			k, v := y.Content[i], y.Content[i+1]
			if l, dup := seen[k.Value]; dup {
				return nil, &posError{line: k.Line + offset, msg: i18n.ContentTwice.T(k.Value, l+offset, k.Line+offset), hint: i18n.ContentTwiceHint.T()}
			}
			seen[k.Value] = k.Line
			if k.Value == "<<" && k.Tag == "!!merge" {
				return nil, &posError{line: k.Line + offset, msg: i18n.ContentMerge.T()}
			}
			c, err := fromYAML(v, offset)
			if err != nil {
				return nil, err
			}
			n.keys = append(n.keys, k.Value)
			n.klines = append(n.klines, k.Line+offset)
			n.vals = append(n.vals, c)
		}
	case yaml.SequenceNode:
		n.kind = listNode
		for _, c := range y.Content {
			cn, err := fromYAML(c, offset)
			if err != nil {
				return nil, err
			}
			n.items = append(n.items, cn)
		}
	case yaml.ScalarNode:
		n.kind = scalarNode
		switch y.Tag {
		case "!!null":
			n.kind = nullNode
		case "!!int":
			var v int64
			if err := y.Decode(&v); err != nil {
				n.value = y.Value
			} else {
				n.value = v
			}
		case "!!float":
			var v float64
			_ = y.Decode(&v)
			n.value = v
			n.raw = y.Value
		case "!!bool":
			var v bool
			_ = y.Decode(&v)
			n.value = v
		case "!!timestamp":
			var v time.Time
			if err := y.Decode(&v); err != nil {
				n.value = y.Value
			} else {
				n.value = v
			}
		default:
			n.value = y.Value
		}
	}
	return n, nil
}

// fromAny converts a value decoded by encoding/json or BurntSushi/toml.
// Those decoders keep no positions, so lines come from keyLine, which finds
// where a key is written in the raw text.
func fromAny(v any, line int, keyLine func(key string, after int) int) *node {
	switch t := v.(type) {
	case nil:
		return &node{kind: nullNode, line: line}
	case map[string]any:
		n := &node{kind: mapNode, line: line}
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		// File order for messages: by the line each key is on.
		kl := map[string]int{}
		for _, k := range keys {
			kl[k] = keyLine(k, line)
		}
		sort.Slice(keys, func(i, j int) bool {
			if kl[keys[i]] != kl[keys[j]] {
				return kl[keys[i]] < kl[keys[j]]
			}
			return keys[i] < keys[j]
		})
		for _, k := range keys {
			n.keys = append(n.keys, k)
			n.klines = append(n.klines, kl[k])
			n.vals = append(n.vals, fromAny(t[k], kl[k], keyLine))
		}
		return n
	case []map[string]any:
		n := &node{kind: listNode, line: line}
		for _, c := range t {
			n.items = append(n.items, fromAny(c, line, keyLine))
		}
		return n
	case []any:
		n := &node{kind: listNode, line: line}
		for _, c := range t {
			n.items = append(n.items, fromAny(c, line, keyLine))
		}
		return n
	case float64:
		if t == float64(int64(t)) {
			return &node{kind: scalarNode, value: int64(t), line: line}
		}
		return &node{kind: scalarNode, value: t, line: line}
	case int64, string, bool, time.Time:
		return &node{kind: scalarNode, value: t, line: line}
	default:
		return &node{kind: scalarNode, value: fmt.Sprint(t), line: line}
	}
}

// keyFinder returns a function that finds the first line at or after a
// given line where key is written as a key in raw (text starting at file
// line first). It falls back to the given line.
func keyFinder(raw []byte, first int, quoted bool) func(string, int) int {
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 64*1024), len(raw)+1)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return func(key string, after int) int {
		var re *regexp.Regexp
		if quoted {
			re = regexp.MustCompile(`"` + regexp.QuoteMeta(key) + `"\s*:`)
		} else {
			re = regexp.MustCompile(`^\s*("?)` + regexp.QuoteMeta(key) + `("?)\s*=`)
		}
		for i, l := range lines {
			ln := first + i
			if ln >= after && re.MatchString(l) {
				return ln
			}
		}
		for i, l := range lines {
			if re.MatchString(l) {
				return first + i
			}
		}
		return after
	}
}

func decodeJSON(raw []byte, first int) (*node, error) {
	var v any
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		if se, ok := err.(*json.SyntaxError); ok {
			return nil, &posError{line: first + bytes.Count(raw[:min(int(se.Offset), len(raw))], []byte("\n")), msg: i18n.ContentJSON.T(), hint: i18n.ContentJSONHint.T(), cause: err}
		}
		return nil, &posError{line: first, msg: i18n.ContentJSON.T(), hint: i18n.ContentJSONHint.T(), cause: err}
	}
	if err := jsonDuplicates(raw, first); err != nil {
		return nil, err
	}
	v = numbers(v)
	if _, ok := v.(map[string]any); !ok {
		return nil, &posError{line: first, msg: i18n.ContentNotObject.T()}
	}
	return fromAny(v, first, keyFinder(raw, first, true)), nil
}

func numbers(v any) any {
	switch t := v.(type) {
	case json.Number:
		if i, err := t.Int64(); err == nil {
			return i
		}
		f, _ := t.Float64()
		return f
	case map[string]any:
		for k, c := range t {
			t[k] = numbers(c)
		}
	case []any:
		for i, c := range t {
			t[i] = numbers(c)
		}
	}
	return v
}

func decodeTOML(raw []byte, first int) (*node, error) {
	var v map[string]any
	if _, err := toml.Decode(string(raw), &v); err != nil {
		if pe, ok := err.(toml.ParseError); ok {
			return nil, &posError{line: first + pe.Position.Line - 1, msg: i18n.ContentTOML.T(), hint: i18n.ContentTOMLHint.T(), cause: err}
		}
		return nil, &posError{line: first, msg: i18n.ContentTOML.T(), hint: i18n.ContentTOMLHint.T(), cause: err}
	}
	return fromAny(v, first, keyFinder(raw, first, false)), nil
}

func decodeYAML(raw []byte, first int) (*node, error) {
	if n, ok := fastYAML(raw, first); ok {
		return n, nil
	}
	return decodeYAMLv3(raw, first)
}

// decodeYAMLv3 is decodeYAML with yaml.v3, for any YAML.
func decodeYAMLv3(raw []byte, first int) (*node, error) {
	var y yaml.Node
	if err := yaml.Unmarshal(raw, &y); err != nil {
		return nil, err
	}
	n, err := fromYAML(&y, first-1)
	if err != nil {
		return nil, err
	}
	if n.kind == nullNode {
		return &node{kind: mapNode, line: first}, nil
	}
	if n.kind != mapNode {
		return nil, &posError{line: first, msg: i18n.ContentNotMapping.T()}
	}
	return n, nil
}

// posError is a front-matter syntax error at an absolute file line.
type posError struct {
	line  int
	msg   string
	hint  string
	cause error // the decoder's own error, for developers
}

func (e *posError) Error() string { return i18n.ContentAtLine.T(e.line, e.msg) }

func (e *posError) Unwrap() error { return e.cause }

// jsonDuplicates reports a key given twice in one JSON object, as YAML and
// TOML front matter do: encoding/json would silently keep the last one.
// raw is known to be valid JSON.
func jsonDuplicates(raw []byte, first int) error {
	d := json.NewDecoder(bytes.NewReader(raw))
	type object struct {
		keys   map[string]int // key → line
		expect bool           // the next string token is a key
	}
	var stack []*object
	lineAt := func(off int64) int { return first + bytes.Count(raw[:min(int(off), len(raw))], []byte("\n")) }
	for {
		before := d.InputOffset()
		tok, err := d.Token()
		if err != nil {
			return nil // io.EOF, or an error the decoder already reported
		}
		var top *object
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				if top != nil {
					top.expect = true
				}
				stack = append(stack, &object{keys: map[string]int{}, expect: true})
				continue
			case '}', ']':
				if len(stack) == 0 {
					return nil // trailing data after the object; Decode already took what counts
				}
				stack = stack[:len(stack)-1]
				if len(stack) > 0 && stack[len(stack)-1] != nil {
					stack[len(stack)-1].expect = true
				}
				continue
			case '[':
				if top != nil {
					top.expect = true
				}
				stack = append(stack, nil)
				continue
			}
		case string:
			if top != nil && top.expect {
				line := lineAt(before + int64(len(raw[before:])-len(bytes.TrimLeft(raw[before:], " \t\r\n,"))))
				if l, dup := top.keys[t]; dup {
					return &posError{line: line, msg: i18n.ContentTwice.T(t, l, line), hint: i18n.ContentTwiceHint.T()}
				}
				top.keys[t] = line
				top.expect = false
				continue
			}
		}
		if top != nil {
			top.expect = true
		}
	}
}
