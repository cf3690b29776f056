package content

import (
	"regexp"
	"strings"
	"testing"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/diag"
)

// TestWritersMistakes: the mistakes writers make are named in their
// words, at the line where they are, and a syntax error does not hide
// the file's other errors. The wording of these is the user interface:
// it is tested exactly.
func TestWritersMistakes(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // every problem of the file, errors and warnings, as printed
	}{
		{"tab indentation", strings.Replace(good, "criteria: [sang-kien]", "criteria:\n\t- sang-kien", 1), []string{
			"content/ho-so/x.md:8: dòng 8 thụt lề bằng phím Tab; hãy dùng dấu cách: xoá ký tự Tab ở đầu dòng và gõ hai dấu cách cho mỗi bậc thụt lề",
		}},
		{"colon in an unquoted title, other errors still found", strings.NewReplacer("title: \"Nguyễn Thị Hoa\"", "title: Cô giáo: Nguyễn Thị Hoa", "year: 2020", "year: 1900").Replace(good), []string{
			`content/ho-so/x.md:2: giá trị của title có dấu hai chấm ": ", nên YAML hiểu nhầm phần sau thành một trường mới; đặt cả giá trị trong ngoặc kép, ví dụ title: "Cô giáo: Nguyễn Thị Hoa"`,
			"content/ho-so/x.md:6: year: năm 1900 nằm ngoài khoảng 1945–2027; dùng một năm từ 1945 đến 2027",
		}},
		{"quotes inside quotes", strings.Replace(good, `title: "Nguyễn Thị Hoa"`, `title: "Cô giáo "Hoa" làng Kép"`, 1), []string{
			`content/ho-so/x.md:2: giá trị có dấu ngoặc kép " nằm bên trong ngoặc kép, nên YAML tưởng giá trị đã kết thúc; bọc giá trị bằng ngoặc đơn thay vì ngoặc kép, ví dụ title: 'Cô giáo "Hoa" làng Kép'`,
		}},
		{"year with a thousands dot", strings.Replace(good, "year: 2020", "year: 2.020", 1), []string{
			"content/ho-so/x.md:6: year: 2.020 được đọc thành một số thập phân, không phải năm: năm không có dấu chấm hay dấu phẩy ngăn cách hàng nghìn; viết liền, không dấu chấm: `year: 2020`",
		}},
		{"criteria as one text with commas", strings.Replace(good, "criteria: [sang-kien]", "criteria: Sáng kiến, Tương thân tương ái", 1), []string{
			"content/ho-so/x.md:7: cảnh báo: criteria: criteria được viết thành một dòng chữ có dấu phẩy; đã tách thành 2 mục; viết thành danh sách, ví dụ criteria: [Sáng kiến, Tương thân tương ái]",
		}},
		{"kind cá thể", strings.Replace(good, "kind: individual", "kind: cá thể", 1), nil},
		{"kind đơn vị", strings.Replace(good, "kind: individual", "kind: đơn vị", 1), nil},
		{"UTF-16 from Notepad", utf16(good), []string{
			"content/ho-so/x.md:1: tệp được lưu bằng mã UTF-16 (Unicode), không phải UTF-8; hãy lưu lại bằng UTF-8: trong Notepad chọn Tệp → Lưu thành (File → Save As), ở ô Mã hoá (Encoding) chọn UTF-8 rồi Lưu; trong Word chọn Lưu thành → Văn bản thuần (*.txt), rồi ở hộp thoại Chuyển đổi tệp chọn Khác → Unicode (UTF-8)",
		}},
		{"unclosed list", strings.Replace(good, "criteria: [sang-kien]", "criteria: [sang-kien", 1), []string{
			"content/ho-so/x.md:7: dấu [ mở ở dòng này nhưng không được đóng; thêm dấu ] ở cuối dòng, ví dụ criteria: [sang-kien, tuong-than-tuong-ai]",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, warnings, err := load(t, map[string]string{"content/ho-so/x.md": tt.src}, Options{})
			var got []string
			for _, e := range append(diag.Errors(err), warnings...) {
				got = append(got, e.Error())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// utf16 encodes s as Notepad's "Unicode": UTF-16 little-endian with a
// byte-order mark.
func utf16(s string) string {
	b := []byte{0xff, 0xfe}
	for _, r := range s {
		if r > 0xffff {
			r = '?'
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

// english lists words that would show a message was left in English.
var english = regexp.MustCompile(`(?i)\b(is|are|not|must|line|invalid|missing|required|did you mean|unknown|file|field|warning|error|cannot|the|should|use|found|expected|found|value|mapping|allowed|character|token|please|write|add|remove)\b`)

// quoted strips from a message what the writer typed or what names a
// thing: paths, quoted values, `code`, field names before a colon.
var quoted = regexp.MustCompile("\"[^\"]*\"|'[^']*'|`[^`]*`|\\S+\\.(md|yaml|jpg|pdf|svg|html)\\S*|\\[[^\\]]*\\]|\\([^)]*\\)|\\b[a-z_]+(\\[\\d+\\])?(\\.[a-z_]+)?:|--[a-z]+|https?://\\S+")

// TestNoEnglish runs every broken file this package's tests use, and
// site.yaml's, and fails when a Vietnamese message holds an English word.
func TestNoEnglish(t *testing.T) {
	var srcs []string
	for _, tt := range badInputs {
		srcs = append(srcs, tt.src)
	}
	for _, r := range []*strings.Replacer{
		strings.NewReplacer("title: \"Nguyễn Thị Hoa\"", "title: Cô giáo: Hoa"),
		strings.NewReplacer("criteria: [sang-kien]", "criteria:\n\t- sang-kien"),
		strings.NewReplacer(`title: "Nguyễn Thị Hoa"`, `title: "Cô "Hoa""`),
		strings.NewReplacer("year: 2020", "year: 2.020"),
		strings.NewReplacer("title: \"Nguyễn Thị Hoa\"", "title: {a: 1}"),
		strings.NewReplacer("year: 2020", "year: 2020\ntittle: x\nawards:\n  - titel: x\n    year: 1800"),
		strings.NewReplacer("year: 2020", "year: 2020\nphoto: ../x.jpg\nawards: 5\ndate: [1]\nfeatured: maybe"),
		strings.NewReplacer("---\n", "---\nx: &a 1\ny: *a\n"),
		strings.NewReplacer("criteria: [sang-kien]", "criteria: [sang-kien"),
	} {
		srcs = append(srcs, r.Replace(good))
	}
	srcs = append(srcs, utf16(good), "\xff\xfe", "Cô gi\xe1o", "", "---\ntitle: x\n", "+++\ntitle = \"x\nkind = 1\n+++\n", "---json\n{\"title\": \"x\",}\n---\n")
	var msgs []*diag.Error
	for _, src := range srcs {
		_, warnings, err := load(t, map[string]string{"content/ho-so/x.md": src}, Options{})
		msgs = append(msgs, diag.Errors(err)...)
		msgs = append(msgs, warnings...)
	}
	for _, y := range []string{"", "title: [\n", "tittle: x\nbase_url: x\nper_page: 0\nunsafe_html: 3\ncategories: 5\ndistricts:\n  - {key: A B}\n  - {name: x}\ncriteria: []\n", "title:\n\t- x\n"} {
		_, warnings, err := config.Parse([]byte(y))
		msgs = append(msgs, diag.Errors(err)...)
		msgs = append(msgs, warnings...)
	}
	if len(msgs) < 40 {
		t.Fatalf("only %d messages: the fixtures do not fail as they should", len(msgs))
	}
	for _, e := range msgs {
		for _, part := range []string{e.Msg, e.Hint} {
			if w := english.FindString(quoted.ReplaceAllString(part, " ")); w != "" {
				t.Errorf("English word %q in %q", w, e.Error())
			}
		}
	}
}
