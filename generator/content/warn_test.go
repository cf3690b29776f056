package content

import (
	"slices"
	"strings"
	"testing"

	"github.com/guongsang/guongsang/generator/diag"
)

// TestPublishedByMistake: what would be published by mistake is warned
// about, in Vietnamese, at the right line, and the value is cleaned where
// the writer's intent is plain.
func TestPublishedByMistake(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
		title string // the title published for content/ho-so/x.md, if checked
	}{
		{"Word's curly quotes around the title", map[string]string{"content/ho-so/x.md": strings.Replace(good, `title: "Nguyễn Thị Hoa"`, `title: “Nguyễn Thị Hoa”`, 1)}, []string{
			"content/ho-so/x.md:2: cảnh báo: title: giá trị của title có ngoặc kép cong (“ ” hoặc ‘ ’) do Word tự đổi; đã bỏ các dấu này; dùng ngoặc kép thẳng \" \", hoặc tắt tự đổi ngoặc trong Word: Tệp → Tuỳ chọn → Soát lỗi → Tuỳ chọn Tự Sửa → Tự định dạng khi gõ",
		}, "Nguyễn Thị Hoa"},
		{"a # cuts the summary", map[string]string{"content/ho-so/x.md": strings.Replace(good, "criteria: [sang-kien]", "criteria: [sang-kien]\nsummary: Cô giáo # số 1 của làng", 1)}, []string{
			`content/ho-so/x.md:8: cảnh báo: summary: giá trị của summary bị cắt thành "Cô giáo": dấu " #" mở đầu một ghi chú nên "# số 1 của làng" bị bỏ đi; nếu dấu # là một phần của giá trị, đặt cả giá trị trong ngoặc kép, ví dụ summary: "Cô giáo # số 1 của làng"`,
		}, ""},
		{"a comment after a quoted value is fine", map[string]string{"content/ho-so/x.md": strings.Replace(good, `title: "Nguyễn Thị Hoa"`, `title: "Nguyễn Thị Hoa"   # cô giáo`, 1)}, nil, "Nguyễn Thị Hoa"},
		{"a direction override in a name", map[string]string{"content/ho-so/x.md": strings.Replace(good, `title: "Nguyễn Thị Hoa"`, "title: \"Nguyễn \u202enA\u202c Bình\"", 1)}, []string{
			"content/ho-so/x.md:2: cảnh báo: title: có ký tự vô hình trong giá trị (U+202E đảo chiều chữ, U+202C đảo chiều chữ); đã bỏ đi; ký tự này thường đến từ chữ chép ở trang web hay tin nhắn; nó làm tên không tìm được, hoặc đảo chiều chữ để giả tên. Gõ lại giá trị cho chắc",
		}, "Nguyễn nA Bình"},
		{"zero-width characters in a name and a district", map[string]string{"content/ho-so/x.md": strings.NewReplacer(`title: "Nguyễn Thị Hoa"`, "title: \"Lê\u200b Văn\u200d Tí\"", "district: chu-pah", "district: Chư\u200b Păh").Replace(good)}, []string{
			"content/ho-so/x.md:2: cảnh báo: title: có ký tự vô hình trong giá trị (U+200B ký tự độ rộng bằng 0, U+200D ký tự độ rộng bằng 0); đã bỏ đi; ký tự này thường đến từ chữ chép ở trang web hay tin nhắn; nó làm tên không tìm được, hoặc đảo chiều chữ để giả tên. Gõ lại giá trị cho chắc",
			"content/ho-so/x.md:5: cảnh báo: district: có ký tự vô hình trong giá trị (U+200B ký tự độ rộng bằng 0); đã bỏ đi; ký tự này thường đến từ chữ chép ở trang web hay tin nhắn; nó làm tên không tìm được, hoặc đảo chiều chữ để giả tên. Gõ lại giá trị cho chắc",
		}, "Lê Văn Tí"},
		{"an embedded video and raw HTML", map[string]string{"content/ho-so/x.md": good + "\n<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>\n\nChữ <span style=\"color:red\">đỏ</span>.\n"}, []string{
			`content/ho-so/x.md:12: cảnh báo: đoạn HTML <iframe src="https://www.youtube.com/embed/abc"> bị bỏ đi: trang không đăng HTML viết tay; viết bằng Markdown (**đậm**, *nghiêng*, [liên kết](https://…)); video hay bản đồ nhúng không hiện được, hãy đặt đường liên kết tới chúng. Nếu mọi người viết đều đáng tin, quản trị có thể đặt unsafe_html: true trong site.yaml`,
			`content/ho-so/x.md:14: cảnh báo: đoạn HTML <span style="color:red"> bị bỏ đi: trang không đăng HTML viết tay; viết bằng Markdown (**đậm**, *nghiêng*, [liên kết](https://…)); video hay bản đồ nhúng không hiện được, hãy đặt đường liên kết tới chúng. Nếu mọi người viết đều đáng tin, quản trị có thể đặt unsafe_html: true trong site.yaml`,
		}, ""},
		{"untouched sample body and date, published", map[string]string{"content/ho-so/x.md": "---\ntitle: \"Nguyễn Thị Hoa\"\nkind: individual\ncategory: giao-duc\n" +
			"district: chu-pah\nyear: 2020\ncriteria: [sang-kien]\ndate: 2020-01-01          " + PlaceholderDateNote + "\ndraft: false\n---\n\n" + PlaceholderBody}, []string{
			"content/ho-so/x.md:8: cảnh báo: date: ngày 2020-01-01 là ngày mẫu do guongsang new điền sẵn; ghi ngày thật (ví dụ ngày được khen) và xoá ghi chú phía sau",
			`content/ho-so/x.md:12: cảnh báo: nội dung vẫn là đoạn mẫu do guongsang viết sẵn ("Viết nội dung ở đây…") mà hồ sơ đã để đăng (draft: false); viết nội dung thật vào chỗ đó, hoặc để draft: true cho đến khi viết xong`,
		}, ""},
		{"the same sample as a draft says nothing", map[string]string{"content/ho-so/x.md": strings.Replace(good, "criteria: [sang-kien]", "criteria: [sang-kien]\ndraft: true", 1) + PlaceholderBody}, nil, ""},
		{"front matter closed with Word's dash", map[string]string{"content/ho-so/x.md": strings.Replace(good, "criteria: [sang-kien]\n---", "criteria: [sang-kien]\n—", 1)}, []string{
			`content/ho-so/x.md:8: phần khai báo không được đóng: dòng 8 ("—") có lẽ là dòng đóng nhưng viết sai; dòng đóng phải chỉ có đúng ba dấu gạch ngang ---, không thêm chữ hay dấu nào khác`,
		}, ""},
		{"front matter closed with four dashes", map[string]string{"content/ho-so/x.md": strings.Replace(good, "criteria: [sang-kien]\n---", "criteria: [sang-kien]\n----", 1)}, []string{
			`content/ho-so/x.md:8: phần khai báo không được đóng: dòng 8 ("----") có lẽ là dòng đóng nhưng viết sai; dòng đóng phải chỉ có đúng ba dấu gạch ngang ---, không thêm chữ hay dấu nào khác`,
		}, ""},
		{"two profiles with one title", map[string]string{
			"content/ho-so/a.md": good,
			"content/ho-so/b.md": strings.Replace(good, `title: "Nguyễn Thị Hoa"`, `title: "NGUYỄN THỊ HOA"`, 1),
		}, []string{
			"content/ho-so/b.md:2: cảnh báo: title: trùng tên với hồ sơ content/ho-so/a.md: hai người (tập thể) trùng tên, hay một hồ sơ bị lặp?; nếu là hai hồ sơ khác nhau, thêm đơn vị hoặc địa phương vào tên để người đọc phân biệt; nếu bị lặp, xoá một tệp",
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set, warnings, err := load(t, tt.files, Options{})
			var got []string
			for _, e := range append(diag.Errors(err), warnings...) {
				got = append(got, e.Error())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
			if tt.title != "" {
				if set == nil || len(set.Profiles) != 1 || set.Profiles[0].Title != tt.title {
					t.Errorf("published title: want %q", tt.title)
				} else if !slices.ContainsFunc(set.Profiles[0].Terms, func(v []string) bool { return slices.Contains(v, "chu-pah") }) {
					t.Errorf("district not resolved: %v", set.Profiles[0].Terms)
				}
			}
		})
	}
}
