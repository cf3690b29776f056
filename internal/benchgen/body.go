package benchgen

import (
	"bytes"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// writer renders one profile. Placeholders understood by fill:
//
//	{N} title   {P} pronoun/short subject   {xa} commune   {lang} village
//	{huyen} "huyện Chư Sê"   {org} organization   {y} profile year
//	{y0} an earlier year   {born} birth year   {founded} founding year
//	{n} count   {ha} hectares   {m2} square metres   {tien} million VND
//	{pct} {pctLow} percentages   {slug}
//	{crop} {act} {benef} {people} {quality} {fund} {initiative} {event}
//	{model} {purpose} pool picks
type writer struct {
	b      *bytes.Buffer
	r      *rng
	p      *profile
	pron   string
	huyen  string
	org    string
	born   int
	founds int
}

// RenderProfile writes profile i (front matter and body) into b.
func RenderProfile(b *bytes.Buffer, p *profile, seed uint64, i int) {
	r := streamRNG(seed, i)
	d := Districts[p.district]
	w := &writer{b: b, r: r, p: p, huyen: districtUnit(d.Key) + " " + d.Name}
	if p.individual {
		switch {
		case p.female && r.chance(1, 2):
			w.pron = "chị"
		case p.female:
			w.pron = "bà"
		case r.chance(1, 2):
			w.pron = "anh"
		default:
			w.pron = "ông"
		}
		w.born = p.year - r.between(22, 60)
		w.org = collectiveName(r, p)
	} else {
		w.pron = "đơn vị"
		w.founds = p.year - r.between(5, 40)
		w.org = parentOrg(r, p, w.huyen)
	}
	w.frontMatter()
	w.body()
}

func parentOrg(r *rng, p *profile, huyen string) string {
	switch Categories[p.category].Key {
	case "giao-duc":
		return "Phòng Giáo dục và Đào tạo " + huyen
	case "y-te":
		return "Sở Y tế tỉnh Gia Lai"
	case "quoc-phong-an-ninh":
		return pick(r, []string{"Bộ Chỉ huy Bộ đội Biên phòng tỉnh Gia Lai", "Công an tỉnh Gia Lai", "Bộ Chỉ huy Quân sự tỉnh Gia Lai"})
	case "lao-dong-san-xuat":
		return "Liên minh Hợp tác xã tỉnh Gia Lai"
	case "nong-thon-moi":
		return "UBND xã " + p.commune
	case "nhan-dao-tu-thien":
		return "Hội Liên hiệp Phụ nữ " + huyen
	case "van-hoa-the-thao":
		return "Phòng Văn hóa và Thông tin " + huyen
	}
	return "Ủy ban MTTQ Việt Nam " + huyen
}

func (w *writer) frontMatter() {
	b, r, p := w.b, w.r, w.p
	b.WriteString("---\ntitle: ")
	b.WriteString(yamlQuote(p.title))
	if p.individual {
		b.WriteString("\nkind: individual")
	} else {
		b.WriteString("\nkind: collective")
	}
	b.WriteString("\ncategory: ")
	b.WriteString(Categories[p.category].Key)
	b.WriteString("\ndistrict: ")
	b.WriteString(Districts[p.district].Key)
	b.WriteString("\nyear: ")
	b.WriteString(strconv.Itoa(p.year))
	b.WriteString("\ncriteria: [")
	nc := r.between(1, 3)
	if p.shape == ShapeLong {
		nc = r.between(2, 5)
	}
	var chosen [5]int
	for k := 0; k < nc; k++ {
	again:
		c := r.intn(len(Criteria))
		for j := 0; j < k; j++ {
			if chosen[j] == c {
				goto again
			}
		}
		chosen[k] = c
		if k > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Criteria[c].Key)
	}
	b.WriteString("]\n")
	if r.chance(2, 3) {
		b.WriteString("summary: ")
		b.WriteString(yamlQuote(w.expand(pick(r, []string{
			"{N} – tấm gương {quality} ở xã {xa}, {huyen}.",
			"Câu chuyện về {N}, điển hình tiên tiến trong {act}.",
			"{N} đã vận động {n} hộ dân tham gia {act}, góp phần đổi thay diện mạo làng {lang}.",
			"Hành trình vượt khó của {N} tại {huyen}.",
		}))))
		b.WriteByte('\n')
	}
	days := 365
	if p.year%4 == 0 {
		days = 366
	}
	date := time.Date(p.year, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.intn(days))
	b.WriteString("date: ")
	b.WriteString(date.Format("2006-01-02"))
	b.WriteString("\norganization: ")
	b.WriteString(yamlQuote(w.org))
	b.WriteByte('\n')
	if p.photo {
		b.WriteString("photo: ")
		b.WriteString(p.slug)
		b.WriteString(".jpg\nphoto_caption: ")
		b.WriteString(yamlQuote(w.expand("{N} tại {huyen} năm {y}.")))
		b.WriteString("\nphoto_credit: \"Ảnh minh họa sinh tự động\"\n")
	}
	na := r.intn(4)
	if p.shape == ShapeLong {
		na = r.between(1, 5)
	}
	if na > 0 {
		b.WriteString("awards:\n")
		for k := 0; k < na; k++ {
			t, issuer, yr, dec := w.award()
			b.WriteString("  - {title: ")
			b.WriteString(yamlQuote(t))
			b.WriteString(", year: ")
			b.WriteString(strconv.Itoa(yr))
			b.WriteString(", issuer: ")
			b.WriteString(yamlQuote(issuer))
			b.WriteString(", decision: ")
			b.WriteString(yamlQuote(dec))
			b.WriteString("}\n")
		}
	}
	if r.chance(1, 500) {
		b.WriteString("featured: true\n")
	} else {
		b.WriteString("featured: false\n")
	}
	b.WriteString("---\n\n")
}

func (w *writer) award() (title, issuer string, year int, decision string) {
	a := pick(w.r, awardKinds)
	title, issuer = a.Title, a.Issuer
	if a.District {
		unit := districtUnit(Districts[w.p.district].Key)
		title = "Giấy khen của Chủ tịch UBND " + unit
		issuer = "UBND " + w.huyen
	}
	year = w.p.year - w.r.intn(8)
	decision = "Quyết định số " + strconv.Itoa(w.r.between(12, 3200)) + "/" + a.Suffix
	return
}

// expand returns tpl with placeholders filled.
func (w *writer) expand(tpl string) string {
	save := w.b
	var tmp bytes.Buffer
	w.b = &tmp
	w.fill(tpl)
	w.b = save
	return tmp.String()
}

// fill writes tpl to the buffer, expanding placeholders.
func (w *writer) fill(tpl string) {
	b, r := w.b, w.r
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			b.WriteString(tpl)
			return
		}
		b.WriteString(tpl[:i])
		tpl = tpl[i+1:]
		j := strings.IndexByte(tpl, '}')
		key := tpl[:j]
		tpl = tpl[j+1:]
		switch key {
		case "N":
			b.WriteString(w.p.title)
		case "P":
			b.WriteString(w.pron)
		case "xa":
			b.WriteString(w.p.commune)
		case "lang":
			b.WriteString(w.p.village)
		case "huyen":
			b.WriteString(w.huyen)
		case "org":
			b.WriteString(w.org)
		case "slug":
			b.WriteString(w.p.slug)
		case "y":
			b.WriteString(strconv.Itoa(w.p.year))
		case "y0":
			b.WriteString(strconv.Itoa(w.p.year - r.between(2, 10)))
		case "born":
			b.WriteString(strconv.Itoa(w.born))
		case "founded":
			b.WriteString(strconv.Itoa(w.founds))
		case "n":
			b.WriteString(strconv.Itoa(r.between(5, 150)))
		case "ha":
			b.WriteString(strconv.Itoa(r.between(1, 30)))
		case "m2":
			b.WriteString(strconv.Itoa(r.between(2, 60) * 50))
		case "tien":
			b.WriteString(strconv.Itoa(r.between(10, 500)))
		case "pct":
			b.WriteString(strconv.Itoa(r.between(30, 100)))
		case "pctLow":
			b.WriteString(strconv.Itoa(r.between(1, 9)))
			b.WriteByte(',')
			b.WriteString(strconv.Itoa(r.intn(10)))
		case "crop":
			b.WriteString(pick(r, crops))
		case "act":
			b.WriteString(pick(r, activities))
		case "benef":
			b.WriteString(pick(r, beneficiaries))
		case "people":
			b.WriteString(pick(r, peoples))
		case "quality":
			b.WriteString(pick(r, qualities))
		case "fund":
			b.WriteString(pick(r, funds))
		case "initiative":
			b.WriteString(pick(r, initiatives))
		case "event":
			b.WriteString(pick(r, events))
		case "model":
			b.WriteString(pick(r, models))
		case "purpose":
			b.WriteString(pick(r, purposes))
		default:
			panic("benchgen: unknown placeholder {" + key + "}")
		}
	}
}

// capitalizeFrom upper-cases the first rune written at or after offset start.
func (w *writer) capitalizeFrom(start int) {
	buf := w.b.Bytes()
	for start < len(buf) && buf[start] == '*' {
		start++
	}
	r, n := utf8.DecodeRune(buf[start:])
	u := unicode.ToUpper(r)
	if u == r {
		return
	}
	if utf8.RuneLen(u) == n {
		utf8.EncodeRune(buf[start:], u)
		return
	}
	rest := append([]byte(string(u)), buf[start+n:]...)
	w.b.Truncate(start)
	w.b.Write(rest)
}

// sentence writes one sentence (no trailing space).
func (w *writer) sentence() {
	r := w.r
	var tpl string
	if r.chance(2, 5) {
		tpl = pick(r, sharedSentences)
	} else if w.p.individual {
		tpl = pick(r, individualSentences)
	} else {
		tpl = pick(r, collectiveSentences)
	}
	start := w.b.Len()
	if (strings.HasPrefix(tpl, "{P}") || strings.HasPrefix(tpl, "{N}")) && r.chance(2, 5) {
		w.fill(pick(r, openers))
		w.fill(tpl)
		return
	}
	w.fill(tpl)
	w.capitalizeFrom(start)
}

func (w *writer) paragraph(min, max int) {
	n := w.r.between(min, max)
	for k := 0; k < n; k++ {
		if k > 0 {
			w.b.WriteByte(' ')
		}
		w.sentence()
	}
	w.b.WriteString("\n\n")
}

func (w *writer) body() {
	b, r, p := w.b, w.r, w.p
	start := b.Len()
	target := r.between(5800, 7800)
	long := p.shape == ShapeLong
	if long {
		target = r.between(8600, 11000)
	}

	// Lead paragraph.
	b.WriteString("**")
	b.WriteString(p.title)
	b.WriteString("** ")
	if p.individual {
		w.fill("là một trong những gương điển hình tiêu biểu của {huyen}, tỉnh Gia Lai. ")
	} else {
		w.fill("là tập thể tiêu biểu của {huyen}, tỉnh Gia Lai. ")
	}
	w.paragraph(2, 3)

	heads := headingsCollective
	if p.individual {
		heads = headingsIndividual
	}
	order := make([]int, len(heads))
	for k := range order {
		order[k] = k
	}
	shuffle(r, order)
	table := r.chance(1, 6)
	quoted := false
	if long {
		table = r.chance(1, 2)
	}
	for s := 0; b.Len()-start < target; s++ {
		b.WriteString("## ")
		b.WriteString(heads[order[s%len(order)]])
		if s >= len(order) {
			b.WriteString(" (tiếp theo)")
		}
		b.WriteString("\n\n")
		if long {
			w.boldParagraph()
			if !quoted || table {
				// Every long profile has a quote, half of them a table.
				if !quoted {
					w.quote()
					quoted = true
				} else {
					w.table()
					table = false
				}
			}
			b.WriteString("### ")
			b.WriteString(subheadings[(s+int(p.year))%len(subheadings)])
			b.WriteString("\n\n")
		}
		w.paragraph(3, 6)
		switch x := r.intn(20); {
		case x < 7:
			w.bullets()
		case x < 11:
			w.numbered()
		case x < 15:
			w.quote()
		case table && x < 18:
			w.table()
			table = false
		}
		if r.chance(1, 2) {
			w.paragraph(2, 5)
		}
		if r.chance(1, 5) {
			w.link()
		}
	}
	w.fill("Nguồn: [Ban Thi đua – Khen thưởng tỉnh Gia Lai](https://example.org/thi-dua/ho-so/{slug}).\n")
}

// boldParagraph writes a paragraph whose sentences start with a bold
// phrase, as reports often set their key results.
func (w *writer) boldParagraph() {
	n := w.r.between(2, 4)
	for k := 0; k < n; k++ {
		if k > 0 {
			w.b.WriteByte(' ')
		}
		w.b.WriteString("**")
		w.fill(pick(w.r, boldLeads))
		w.b.WriteString("** ")
		w.sentence()
	}
	w.b.WriteString("\n\n")
}

func (w *writer) bullets() {
	r := w.r
	if w.p.individual {
		w.fill("Một số kết quả tiêu biểu của {P}:\n\n")
	} else {
		w.fill("Một số kết quả tiêu biểu của đơn vị:\n\n")
	}
	for _, n := range w.distinct(len(bulletItems), r.between(3, 6)) {
		w.b.WriteString("- ")
		start := w.b.Len()
		w.fill(bulletItems[n])
		w.capitalizeFrom(start)
		w.b.WriteByte('\n')
	}
	w.b.WriteByte('\n')
}

// distinct returns k distinct indices in [0,n), in increasing order.
func (w *writer) distinct(n, k int) []int {
	var mask uint64
	out := make([]int, 0, k)
	for len(out) < k {
		i := w.r.intn(n)
		if mask&(1<<i) == 0 {
			mask |= 1 << i
			out = append(out, i)
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func (w *writer) numbered() {
	r := w.r
	w.b.WriteString("Cách làm được tóm tắt qua các bước:\n\n")
	for k, n := range w.distinct(len(steps), r.between(3, 5)) {
		w.b.WriteString(strconv.Itoa(k + 1))
		w.b.WriteString(". ")
		w.fill(steps[n])
		w.b.WriteByte('\n')
	}
	w.b.WriteByte('\n')
}

func (w *writer) quote() {
	r := w.r
	w.b.WriteString("> “")
	w.fill(pick(r, quotes))
	w.b.WriteString("”\n>\n> — ")
	switch r.intn(3) {
	case 0:
		w.fill("Chủ tịch UBND xã {xa}")
	case 1:
		w.b.WriteString("bà ")
		w.b.WriteString(personName(r, r.intn(3), true))
		w.fill(", làng {lang}")
	default:
		w.b.WriteString("già làng ")
		w.b.WriteString(personName(r, jrai+r.intn(2), false))
		w.fill(", làng {lang}")
	}
	w.b.WriteString("\n\n")
}

func (w *writer) table() {
	r := w.r
	w.b.WriteString("| Năm | Danh hiệu, hình thức khen thưởng | Cơ quan quyết định |\n|---|---|---|\n")
	for k, n := 0, r.between(3, 5); k < n; k++ {
		t, issuer, yr, _ := w.award()
		w.b.WriteString("| ")
		w.b.WriteString(strconv.Itoa(yr))
		w.b.WriteString(" | ")
		w.b.WriteString(t)
		w.b.WriteString(" | ")
		w.b.WriteString(issuer)
		w.b.WriteString(" |\n")
	}
	w.b.WriteByte('\n')
}

func (w *writer) link() {
	r := w.r
	s := pick(r, linkSites)
	w.b.WriteString("Xem thêm bài viết trên [")
	w.b.WriteString(s.Name)
	w.b.WriteString("](https://example.org/")
	w.b.WriteString(s.Path)
	w.b.WriteString("/")
	w.b.WriteString(w.p.slug)
	w.b.WriteString("-")
	w.b.WriteString(strconv.Itoa(r.between(1000, 99999)))
	w.b.WriteString(").\n\n")
}
