package importer

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/guongsang/guongsang/generator/build"
	"github.com/guongsang/guongsang/generator/scaffold"
)

// A 1×1 PNG, as Word stores a pasted picture under word/media/.
var pngPixel = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"`

// reportDocx is a "Báo cáo thành tích" as Word writes it: the parts a
// .docx has, styles whose names are Word's built-in English ones
// ("heading 1"), a Vietnamese one ("Tiêu đề 2", as a localized template
// names it), a custom style based on a heading, a style with only an
// outline level, a title, runs split mid-word, bold and italic, a
// bulleted list with a nested level and a numbered list from
// numbering.xml, a table with a merged cell, and a picture.
func reportDocx(t *testing.T) []byte {
	t.Helper()
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>`,
		"word/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ` + wNS + `>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="u1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Tieude2"><w:name w:val="Tiêu đề 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="MucLon"><w:name w:val="Mục lớn của báo cáo"/><w:basedOn w:val="u1"/></w:style>
<w:style w:type="paragraph" w:styleId="DeMucBa"><w:name w:val="Đề mục nhỏ"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>`,
		"word/numbering.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ` + wNS + `>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ` + wNS + `><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>BÁO CÁO THÀNH TÍCH</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="u1"/></w:pPr><w:r><w:t>I. Sơ lược lý lịch</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Chị </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Siu H'</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Lan</w:t></w:r><w:r><w:t xml:space="preserve"> sinh năm 1985, là giáo viên </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">cắm bản </w:t></w:r><w:r><w:t>ở làng Kép (xã Ia Ka) — 15 năm *không nghỉ*.</w:t></w:r></w:p>
<w:p/>
<w:p><w:pPr><w:pStyle w:val="Tieude2"/></w:pPr><w:r><w:t>1. Việc làm nổi bật</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>Vận động học sinh trở lại lớp</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>45 em năm học 2019–2020</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>Mở lớp xóa mù chữ</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t xml:space="preserve"> cho phụ nữ</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>Năm 2019: Giấy khen của huyện</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>Năm 2020: Bằng khen của tỉnh</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="MucLon"/></w:pPr><w:r><w:t>II. Kết quả</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="DeMucBa"/></w:pPr><w:r><w:t>Số liệu</w:t></w:r></w:p>
<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
<w:tr><w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Năm học</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Số học sinh</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Ghi chú</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>2019–2020</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>45</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>tăng | giảm</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Cộng</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>45</w:t></w:r></w:p><w:p><w:r><w:t>em</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture 1" descr="Chị Lan trên lớp"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="rId7"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
<w:p><w:r><w:t>1. Câu này mở đầu bằng số</w:t></w:r><w:r><w:br/><w:t>và xuống dòng; xem </w:t></w:r><w:hyperlink r:id="rId8"><w:r><w:t>trang tỉnh</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>
<w:sectPr/>
</w:body></w:document>`,
		"word/media/image1.png": string(pngPixel),
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
		"word/styles.xml", "word/numbering.xml", "word/media/image1.png"} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[name]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const reportMarkdown = `## I. Sơ lược lý lịch

Chị **Siu H'Lan** sinh năm 1985, là giáo viên *cắm bản* ở làng Kép (xã Ia Ka) — 15 năm \*không nghỉ\*.

### 1. Việc làm nổi bật

- Vận động học sinh trở lại lớp
  - 45 em năm học 2019–2020
- Mở lớp xóa mù chữ cho phụ nữ

1. Năm 2019: Giấy khen của huyện
1. Năm 2020: Bằng khen của tỉnh

## II. Kết quả

#### Số liệu

| **Năm học** | Số học sinh | Ghi chú |
| --- | --- | --- |
| 2019–2020 | 45 | tăng \| giảm |
| Cộng |  | 45 em |

![Chị Lan trên lớp](anh-1.png)

1\. Câu này mở đầu bằng số\
và xuống dòng; xem trang tỉnh.
`

func TestWord(t *testing.T) {
	doc, err := Word(reportDocx(t))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Markdown != reportMarkdown {
		t.Errorf("Markdown:\n%s\nwant:\n%s", doc.Markdown, reportMarkdown)
	}
	if doc.Title != "BÁO CÁO THÀNH TÍCH" {
		t.Errorf("title %q", doc.Title)
	}
	if len(doc.Images) != 1 || doc.Images[0].Name != "anh-1.png" || !bytes.Equal(doc.Images[0].Data, pngPixel) {
		t.Errorf("images %v", doc.Images)
	}
	if _, err := Word([]byte("not a zip")); err == nil || !strings.Contains(err.Error(), "không đọc được tệp Word") {
		t.Errorf("not a docx: %v", err)
	}
}

func TestReport(t *testing.T) {
	site := newSite(t)
	report := filepath.Join(t.TempDir(), "bao-cao.docx")
	os.WriteFile(report, reportDocx(t), 0o644)
	// A profile as `guongsang new` writes it: its placeholder body is
	// replaced, and it becomes a bundle to hold the picture.
	rel, err := scaffold.Profile(site, scaffold.NewProfile{Title: "Siu H'Lan", Kind: "cá nhân", Category: "Giáo dục", District: "Chư Păh", Year: 2020})
	if err != nil {
		t.Fatal(err)
	}
	orig, _ := os.ReadFile(filepath.Join(site, rel))
	off := bytes.Index(orig, []byte("---\n\n")) + 4
	head := orig[:off]

	dry, err := Report(ReportOptions{SiteDir: site, File: report, Profile: filepath.ToSlash(rel), DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if now, _ := os.ReadFile(filepath.Join(site, rel)); !bytes.Equal(now, orig) {
		t.Fatal("the dry run changed the profile")
	}
	res, err := Report(ReportOptions{SiteDir: site, File: report, Profile: filepath.ToSlash(rel)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Profile != "content/ho-so/siu-h-lan/index.md" || res.Moved != "content/ho-so/siu-h-lan.md" || dry.Profile != res.Profile {
		t.Errorf("profile %q moved %q (dry %q)", res.Profile, res.Moved, dry.Profile)
	}
	got, err := os.ReadFile(filepath.Join(site, res.Profile))
	if err != nil {
		t.Fatal(err)
	}
	if want := string(head) + "\n" + reportMarkdown; string(got) != want {
		t.Errorf("profile:\n%s\nwant:\n%s", got, want)
	}
	if _, err := os.Stat(filepath.Join(site, rel)); err == nil {
		t.Error("the single-file profile is still there beside its bundle")
	}
	if img, _ := os.ReadFile(filepath.Join(site, "content/ho-so/siu-h-lan/anh-1.png")); !bytes.Equal(img, pngPixel) {
		t.Error("the picture was not saved into the bundle")
	}
	if _, err := build.Check(build.Options{SiteDir: site, Drafts: true}); err != nil {
		t.Errorf("the profile does not check: %v", err)
	}

	// Now the body is the writer's: refused without --append, added after
	// it with --append; the front matter stays byte for byte.
	_, err = Report(ReportOptions{SiteDir: site, File: report, Profile: res.Profile})
	if err == nil || err.Error() != "content/ho-so/siu-h-lan/index.md đã có nội dung; để giữ nguyên, chưa nhập gì. Thêm --append để ghi báo cáo vào sau nội dung đó" {
		t.Errorf("second import: %v", err)
	}
	if now, _ := os.ReadFile(filepath.Join(site, res.Profile)); !bytes.Equal(now, got) {
		t.Fatal("a refused import changed the profile")
	}
	if _, err := Report(ReportOptions{SiteDir: site, File: report, Profile: res.Profile, Append: true}); err != nil {
		t.Fatal(err)
	}
	appended, _ := os.ReadFile(filepath.Join(site, res.Profile))
	if want := string(got) + "\n" + reportMarkdown; string(appended) != want {
		t.Errorf("appended:\n%s", appended)
	}
}
