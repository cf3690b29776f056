package i18n

// Messages of site.yaml (generator/config), of YAML syntax in any file,
// of the problem list's own words (generator/diag), of `new` and `init`
// (generator/scaffold) and of the build's site folder (generator/build).
var (
	// Warning prefixes a warning: "content/a.md:3: cảnh báo: …".
	Warning = New("cảnh báo: ", "warning: ")

	ConfigNotFound     = New("không tìm thấy tệp", "file not found")
	ConfigNotFoundHint = New("chạy lệnh trong thư mục của trang, hoặc ghi thư mục đó sau lệnh (ví dụ `guongsang check gialai`), hoặc tạo trang mới bằng `guongsang init gialai`",
		"run the command in the site folder, name the folder after the command (e.g. `guongsang check gialai`), or create one with `guongsang init gialai`")
	ConfigCannotRead   = New("không đọc được tệp: %[1]s", "cannot read file: %[1]s")
	ConfigNotMapping   = New("phải gồm các dòng `tên: giá trị`, mỗi dòng một thiết lập", "must be a YAML mapping of settings")
	ConfigSeeReadme    = New("xem ví dụ trong README.md", "see README.md for an example")
	ConfigMustBeText   = New("phải là chữ", "must be text")
	ConfigPerPage      = New("phải là số nguyên từ 1 đến 1000", "must be a whole number from 1 to 1000")
	ConfigPerPageHint  = New("ví dụ: per_page: 20", "for example: per_page: 20")
	ConfigMustBeBool   = New("phải là true hoặc false", "must be true or false")
	ConfigUnknown      = New("thiết lập lạ, bị bỏ qua", "unknown setting is ignored")
	ConfigRequired     = New("còn thiếu thiết lập này", "is required")
	ConfigTitleHint    = New(`ví dụ: title: "Gương sáng Gia Lai"`, `for example: title: "Gương sáng Gia Lai"`)
	ConfigBaseURLHint  = New(`ví dụ: base_url: "https://guongsang.example.vn/"`, `for example: base_url: "https://guongsang.example.vn/"`)
	ConfigBaseURL      = New("phải là một địa chỉ đầy đủ, bắt đầu bằng http:// hoặc https://", "must be an absolute http or https address")
	ConfigListEmpty    = New("còn thiếu danh sách này, hoặc danh sách trống", "is required and must not be empty")
	ConfigListHint     = New("liệt kê ít nhất một mục dạng {key, name}", "list at least one term as {key, name}")
	ConfigMustBeList   = New("phải là một danh sách", "must be a list")
	ConfigListItemHint = New("viết mỗi mục thành một dòng `- key: …`", "write one `- key: …` item per term")
	ConfigItemNotMap   = New("mục này không có dạng {key, name}", "item is not a {key, name} mapping")
	ConfigItemHint     = New(`mỗi mục cần key và name, ví dụ {key: chu-pah, name: "Chư Păh"}`, `each item needs key and name, e.g. {key: chu-pah, name: "Chư Păh"}`)
	ConfigNoKey        = New("mục này không có key", "item has no key")
	// ConfigBadKey: %[1]q is the key.
	ConfigBadKey     = New("key %[1]q chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang", "key %[1]q must be lower-case ASCII letters, digits and hyphens")
	ConfigUseKey     = New("dùng %[1]q", "use %[1]q")
	ConfigNoName     = New("mục %[1]q không có name", "term %[1]q has no name")
	ConfigKeyTwice   = New("key %[1]q đã dùng ở dòng %[2]d", "key %[1]q is already used on line %[2]d")
	ConfigSharedName = New("%[1]q của mục %[2]q cũng là của mục %[3]q (dòng %[4]d); mỗi key, name và alias chỉ được gọi một mục",
		"%[1]q of %[2]q is also used by %[3]q (line %[4]d); every key, name and alias must name one term only")
	ConfigSharedNameHint = New("đổi tên hoặc xoá một trong hai", "rename or remove one of them")

	// YAML syntax, explained in the writer's words (config.YAMLError).
	YAMLInvalid     = New("cú pháp YAML sai ở dòng này", "invalid YAML")
	YAMLInvalidHint = New("kiểm tra thụt lề, dấu hai chấm và ngoặc kép; chữ có chứa dấu \":\" hoặc \"#\" phải đặt trong ngoặc kép",
		"check indentation, colons and quotes; text containing \":\" or \"#\" must be in quotes")
	YAMLTab     = New("dòng %[1]d thụt lề bằng phím Tab", "line %[1]d is indented with the Tab key")
	YAMLTabHint = New("hãy dùng dấu cách: xoá ký tự Tab ở đầu dòng và gõ hai dấu cách cho mỗi bậc thụt lề",
		"use spaces: delete the Tab at the start of the line and type two spaces per level")
	YAMLTabInside     = New("dòng %[1]d có ký tự Tab", "line %[1]d contains a Tab character")
	YAMLTabInsideHint = New("thay ký tự Tab bằng dấu cách", "replace the Tab with a space")
	// YAMLColon: %[1]s is the field.
	YAMLColon     = New("giá trị của %[1]s có dấu hai chấm \": \", nên YAML hiểu nhầm phần sau thành một trường mới", "the value of %[1]s contains a colon \": \", so YAML reads what follows as another field")
	YAMLQuoteHint = New("đặt cả giá trị trong ngoặc kép, ví dụ %[1]s", "put the whole value in quotes, e.g. %[1]s")
	// YAMLHashCut: %[1]s field, %[2]q what is kept, %[3]q what is cut.
	YAMLHashCut = New("giá trị của %[1]s bị cắt thành %[2]q: dấu \" #\" mở đầu một ghi chú nên %[3]q bị bỏ đi",
		"the value of %[1]s is cut to %[2]q: \" #\" starts a comment, so %[3]q is dropped")
	YAMLHashCutHint = New("nếu dấu # là một phần của giá trị, đặt cả giá trị trong ngoặc kép, ví dụ %[1]s", "if the # belongs to the value, put the whole value in quotes, e.g. %[1]s")
	// YAMLNestedQuotes: a quoted value that holds the same quote.
	YAMLNestedQuotes     = New("giá trị có dấu ngoặc kép \" nằm bên trong ngoặc kép, nên YAML tưởng giá trị đã kết thúc", "the value holds a double quote \" inside double quotes, so YAML takes the value as ended")
	YAMLNestedQuotesHint = New("bọc giá trị bằng ngoặc đơn thay vì ngoặc kép, ví dụ %[1]s", "quote the value with single quotes instead, e.g. %[1]s")
	YAMLUnclosedQuote    = New("ngoặc kép mở ở dòng này nhưng không được đóng", "a quote opened on this line is never closed")
	YAMLUnclosedQuoteHnt = New("thêm dấu ngoặc kép đóng ở cuối giá trị", "add the closing quote at the end of the value")
	// YAMLUnclosedBracket: %[1]s the bracket, [ or {.
	YAMLUnclosedBracket     = New("dấu %[1]s mở ở dòng này nhưng không được đóng", "the %[1]s opened on this line is never closed")
	YAMLUnclosedBracketHint = New("thêm dấu %[1]s ở cuối dòng, ví dụ criteria: [sang-kien, tuong-than-tuong-ai]", "add %[1]s at the end of the line, e.g. criteria: [sang-kien, tuong-than-tuong-ai]")
	YAMLIndent              = New("dòng %[1]d thụt lề không khớp với các dòng trên", "line %[1]d is not indented like the lines above it")
	YAMLIndentHint          = New("các trường chính bắt đầu sát lề trái; các mục `- …` của một danh sách thụt vào cùng một số dấu cách", "top fields start at the left margin; the `- …` items of a list are indented by the same number of spaces")

	// Curly quotes from Word: %[1]s field.
	YAMLCurly     = New("giá trị của %[1]s có ngoặc kép cong (“ ” hoặc ‘ ’) do Word tự đổi; đã bỏ các dấu này", "the value of %[1]s has curly quotes (“ ” or ‘ ’) from Word; they were removed")
	YAMLCurlyHint = New("dùng ngoặc kép thẳng \" \", hoặc tắt tự đổi ngoặc trong Word: Tệp → Tuỳ chọn → Soát lỗi → Tuỳ chọn Tự Sửa → Tự định dạng khi gõ", "use straight quotes \" \", or turn off smart quotes in Word: File → Options → Proofing → AutoCorrect Options → AutoFormat As You Type")
	// YAMLCommaList: %[1]s field, %[2]d number of items.
	YAMLCommaList     = New("%[1]s được viết thành một dòng chữ có dấu phẩy; đã tách thành %[2]d mục", "%[1]s is written as one text with commas; it was split into %[2]d items")
	YAMLCommaListHint = New("viết thành danh sách, ví dụ %[1]s", "write it as a list, e.g. %[1]s")

	// Encodings other than UTF-8.
	EncUTF16     = New("tệp được lưu bằng mã UTF-16 (Unicode), không phải UTF-8", "the file is saved as UTF-16 (Unicode), not UTF-8")
	EncLegacy    = New("tệp không được lưu bằng mã UTF-8 (có lẽ là Windows-1258 hay TCVN3)", "the file is not UTF-8 text (probably Windows-1258 or TCVN3)")
	EncNotUTF8   = New("tệp không được lưu bằng mã UTF-8", "the file is not UTF-8 text")
	EncSaveUTF8H = New("hãy lưu lại bằng UTF-8: trong Notepad chọn Tệp → Lưu thành (File → Save As), ở ô Mã hoá (Encoding) chọn UTF-8 rồi Lưu; trong Word chọn Lưu thành → Văn bản thuần (*.txt), rồi ở hộp thoại Chuyển đổi tệp chọn Khác → Unicode (UTF-8)",
		"save it again as UTF-8: in Notepad, File → Save As, Encoding: UTF-8, Save; in Word, Save As → Plain Text (*.txt), then in File Conversion choose Other encoding → Unicode (UTF-8)")

	// Scaffold (`new`, `init`).
	ScaffoldRequired = New("còn thiếu giá trị này", "is required")
	// ScaffoldUnknown: %[1]q what was typed, %[2]s the site.yaml list.
	ScaffoldUnknown     = New("%[1]q không có trong danh sách %[2]s của site.yaml", "%[1]q is not in site.yaml %[2]s")
	ScaffoldSeeList     = New("xem danh sách %[1]s trong site.yaml", "see the %[1]s list in site.yaml")
	ScaffoldYear        = New("phải là một năm từ 1945 đến 2100", "must be a year from 1945 to 2100")
	ScaffoldYearHint    = New("ví dụ --year 2020", "for example --year 2020")
	ScaffoldTitle       = New("phải có chữ cái", "must contain letters")
	ScaffoldTitleHint   = New(`ví dụ: guongsang new … "Nguyễn Văn An"`, `for example: guongsang new … "Nguyễn Văn An"`)
	ScaffoldBundleExist = New("%[1]s/index.md đã có; hãy chọn tiêu đề khác", "%[1]s/index.md already exists; choose another title")
	ScaffoldExists      = New("%[1]s đã có; tệp đó không bị thay đổi", "%[1]s already exists; it was not changed")
	ScaffoldNotEmpty    = New("thư mục %[1]s không trống; hãy chọn một thư mục mới", "%[1]s is not empty; choose a new folder")

	// Build's site folder.
	BuildCannotOpen     = New("không mở được thư mục của trang: %[1]s", "cannot open the site folder: %[1]s")
	BuildCannotOpenHint = New("ghi thư mục chứa site.yaml sau lệnh, ví dụ `guongsang build gialai`", "name the folder that holds site.yaml after the command, e.g. `guongsang build gialai`")

	// Causes: system errors in the writer's words.
	CauseNotExist   = New("không có tệp hay thư mục này", "no such file or directory")
	CausePermission = New("không có quyền truy cập", "permission denied")
	CauseExist      = New("đã có", "already exists")
	CauseIsDir      = New("đây là một thư mục", "is a directory")
	CauseEscapes    = New("đường dẫn (qua một liên kết) trỏ ra ngoài thư mục của trang", "path escapes from parent")
	CauseNotRegular = New("không phải tệp thông thường", "not a regular file")
)
