package content

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// fastYAML decodes the YAML front matter nearly every profile has, without
// yaml.v3: top-level `key: value` lines whose values are plain or quoted
// scalars on one line, flow lists ([a, b]) and flow maps ({k: v}) of
// those, or a block list of them (`- …` lines, list items may also be
// `key: value` blocks like awards). It returns false for anything else —
// comments after a value, escapes, multi-line or empty values, anchors,
// numbers other than plain integers, dates other than YYYY-MM-DD, words
// YAML reads as null or booleans other than true/false, duplicate keys,
// tabs, control characters — and decodeYAML then parses with yaml.v3,
// which also writes the error messages. The result is the node decodeYAML
// would build from yaml.v3; FuzzFastYAML checks that.
//
// yaml.v3 was a sixth of loading a profile; this is about ten times
// faster.
func fastYAML(raw []byte, first int) (*node, bool) {
	p := fy{src: string(raw), line: first - 1}
	root := &node{kind: mapNode}
	for {
		l, ok := p.next()
		if !ok {
			break
		}
		if l == "" || l[0] == '#' {
			continue
		}
		if l[0] == ' ' || strings.HasPrefix(l, "---") || strings.HasPrefix(l, "...") {
			return nil, false
		}
		key, rest, ok := splitKey(l)
		if !ok || root.has(key) {
			return nil, false
		}
		keyLine := p.line
		var v *node
		if rest == "" {
			if v, ok = p.blockList(); !ok {
				return nil, false
			}
		} else if v, ok = inlineValue(rest, p.line); !ok {
			return nil, false
		}
		root.keys = append(root.keys, key)
		root.klines = append(root.klines, keyLine)
		root.vals = append(root.vals, v)
	}
	if p.bad || len(root.keys) == 0 {
		return nil, false
	}
	root.line = root.klines[0]
	return root, true
}

// fy reads front matter line by line.
type fy struct {
	src    string
	line   int    // file line of the last line next returned
	peeked string // a line next returns again, when set
	back   bool
	bad    bool // next stopped at something fastYAML leaves to yaml.v3
}

// next returns the next line without its newline, false at the end or at
// a byte fastYAML leaves to yaml.v3.
func (p *fy) next() (string, bool) {
	if p.back {
		p.back = false
		p.line++
		return p.peeked, true
	}
	if p.src == "" {
		return "", false
	}
	l, rest, _ := strings.Cut(p.src, "\n")
	p.src = rest
	p.line++
	for i := 0; i < len(l); i++ {
		if c := l[i]; c < 0x20 || c == 0x7f {
			p.bad = true // tabs, CR, control characters
			return "", false
		}
	}
	if !utf8.ValidString(l) || strings.ContainsFunc(l, func(r rune) bool {
		// C1 controls (NEL is a line break to YAML), the line and
		// paragraph separators (also line breaks), BOM, non-characters.
		return r >= 0x80 && r <= 0x9f || r == 0x2028 || r == 0x2029 || r == 0xfeff || r >= 0xfffe && r <= 0xffff
	}) {
		p.bad = true
		return "", false
	}
	return strings.TrimRight(l, " "), true
}

// unread makes next return l again.
func (p *fy) unread(l string) {
	p.peeked, p.back = l, true
	p.line--
}

// blockList reads the `- item` lines after a key with no value.
func (p *fy) blockList() (*node, bool) {
	list := &node{kind: listNode}
	indent := -1
	var item *node // the block map item being read, if any
	for {
		l, ok := p.next()
		if !ok {
			break
		}
		if strings.TrimLeft(l, " ") == "" || strings.TrimLeft(l, " ")[0] == '#' {
			continue
		}
		ind := len(l) - len(strings.TrimLeft(l, " "))
		body := l[ind:]
		if indent < 0 {
			indent = ind
		}
		switch {
		case ind == indent && strings.HasPrefix(body, "- "):
			rest := strings.TrimLeft(body[2:], " ")
			if rest == "" || rest[0] == '-' {
				return nil, false
			}
			item = nil
			if k, v, ok := splitKey(rest); ok && v != "" {
				val, ok := inlineValue(v, p.line)
				if !ok {
					return nil, false
				}
				item = &node{kind: mapNode, line: p.line, keys: []string{k}, klines: []int{p.line}, vals: []*node{val}}
				list.items = append(list.items, item)
				continue
			}
			if !strings.ContainsAny(rest[:1], "{[\"'") && isKeyLike(rest) {
				return nil, false // `- key:` with a nested block, or a key fastYAML does not take
			}
			v, ok := inlineValue(rest, p.line)
			if !ok {
				return nil, false
			}
			list.items = append(list.items, v)
		case item != nil && ind == indent+2:
			k, v, ok := splitKey(body)
			if !ok || v == "" || item.has(k) {
				return nil, false
			}
			val, ok := inlineValue(v, p.line)
			if !ok {
				return nil, false
			}
			item.keys = append(item.keys, k)
			item.klines = append(item.klines, p.line)
			item.vals = append(item.vals, val)
		case ind == 0 && indent > 0 || ind == 0 && !strings.HasPrefix(body, "-"):
			p.unread(l) // the next top-level key
			if len(list.items) == 0 {
				return nil, false
			}
			list.line = list.items[0].line
			return list, true
		default:
			return nil, false
		}
	}
	if p.bad || len(list.items) == 0 {
		return nil, false
	}
	list.line = list.items[0].line
	return list, true
}

func (n *node) has(key string) bool {
	_, _, ok := n.get(key)
	return ok
}

// splitKey splits `key: value` with a simple key; value is "" for `key:`.
func splitKey(l string) (key, value string, ok bool) {
	i := 0
	for i < len(l) && (l[i] >= 'a' && l[i] <= 'z' || l[i] >= 'A' && l[i] <= 'Z' || l[i] == '_' ||
		i > 0 && (l[i] >= '0' && l[i] <= '9' || l[i] == '-')) {
		i++
	}
	// YAML limits implicit keys to 1024 characters; ours are short.
	if i == 0 || i > 128 || i == len(l) || l[i] != ':' {
		return "", "", false
	}
	if i+1 < len(l) && l[i+1] != ' ' {
		return "", "", false
	}
	return l[:i], strings.TrimLeft(l[i+1:], " "), true
}

// isKeyLike reports whether s could be read by YAML as a mapping key.
func isKeyLike(s string) bool {
	return strings.Contains(s, ": ") || strings.HasSuffix(s, ":")
}

// inlineValue reads a value that fits on its line.
func inlineValue(s string, line int) (*node, bool) {
	switch s[0] {
	case '[':
		if s[len(s)-1] != ']' {
			return nil, false
		}
		list := &node{kind: listNode, line: line}
		inner := strings.TrimSpace(s[1 : len(s)-1])
		if inner == "" {
			return list, true
		}
		parts, ok := splitFlow(inner)
		if !ok {
			return nil, false
		}
		for _, part := range parts {
			v, ok := scalar(part, line, true)
			if !ok {
				return nil, false
			}
			list.items = append(list.items, v)
		}
		return list, true
	case '{':
		if s[len(s)-1] != '}' {
			return nil, false
		}
		m := &node{kind: mapNode, line: line}
		inner := strings.TrimSpace(s[1 : len(s)-1])
		if inner == "" {
			return nil, false
		}
		parts, ok := splitFlow(inner)
		if !ok {
			return nil, false
		}
		for _, part := range parts {
			k, v, ok := splitKey(part)
			if !ok || v == "" || m.has(k) {
				return nil, false
			}
			val, ok := scalar(v, line, true)
			if !ok {
				return nil, false
			}
			m.keys = append(m.keys, k)
			m.klines = append(m.klines, line)
			m.vals = append(m.vals, val)
		}
		return m, true
	}
	return scalar(s, line, false)
}

// splitFlow splits the inside of a flow collection at its commas, outside
// quotes; every part is trimmed and must not be empty.
func splitFlow(s string) ([]string, bool) {
	var parts []string
	start := 0
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == ',':
			parts = append(parts, strings.TrimSpace(s[start:i]))
			start = i + 1
		}
	}
	if quote != 0 {
		return nil, false
	}
	parts = append(parts, strings.TrimSpace(s[start:]))
	for _, p := range parts {
		if p == "" {
			return nil, false
		}
	}
	return parts, true
}

// scalar reads a quoted or plain scalar that makes up all of s.
func scalar(s string, line int, flow bool) (*node, bool) {
	n := &node{kind: scalarNode, line: line}
	switch s[0] {
	case '"':
		end := strings.IndexByte(s[1:], '"')
		if end < 0 || end+2 != len(s) || strings.ContainsRune(s[1:end+1], '\\') {
			return nil, false
		}
		n.value = s[1 : end+1]
		return n, true
	case '\'':
		end := strings.IndexByte(s[1:], '\'')
		if end < 0 || end+2 != len(s) {
			return nil, false
		}
		n.value = s[1 : end+1]
		return n, true
	}
	if strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@`<=~") ||
		strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") ||
		flow && strings.ContainsAny(s, ",[]{}:") {
		return nil, false
	}
	switch c := s[0]; {
	case c >= '0' && c <= '9' || c == '+' || c == '.':
		if v, ok := plainInt(s); ok {
			n.value = v
			return n, true
		}
		if len(s) == 10 && s[4] == '-' && s[7] == '-' {
			if t, err := time.Parse(time.DateOnly, s); err == nil {
				n.value = t
				return n, true
			}
		}
		return nil, false
	}
	switch strings.ToLower(s) {
	case "true", "false":
		if s != "true" && s != "false" {
			return nil, false
		}
		n.value = s == "true"
		return n, true
	case "null", "yes", "no", "on", "off", "y", "n":
		return nil, false
	}
	n.value = s
	return n, true
}

// plainInt reads a decimal integer without sign, leading zeros or
// separators that fits in an int64.
func plainInt(s string) (int64, bool) {
	if s == "0" {
		return 0, true
	}
	if s[0] == '0' || len(s) > 18 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	v, err := strconv.ParseInt(s, 10, 64)
	return v, err == nil
}
