package i18n

// Messages of the render stage about a site's theme.
var (
	ThemeNotFound     = New("không tìm thấy giao diện %[1]q: không có thư mục %[2]s", "theme %[1]q not found: there is no folder %[2]s")
	ThemeNotFoundHint = New("xoá dòng theme để dùng giao diện có sẵn", "remove the theme line to use the built-in theme")
	ThemeCannotRead   = New("không đọc được tệp giao diện: %[1]s", "cannot read the theme file: %[1]s")
	// ThemeSyntax: %[1]s is Go's template parser's own words (line and
	// what it expected), for the theme's author.
	ThemeSyntax     = New("mẫu trang viết sai: %[1]s", "template error: %[1]s")
	ThemeSyntaxHint = New("sửa tệp mẫu này, hoặc xoá nó để dùng bản có sẵn", "fix this template, or delete it to use the built-in one")
	RenderFailed    = New("không dựng được %[1]s: %[2]v", "cannot render %[1]s: %[2]v")
	OutPrune        = New("không xoá được các tệp cũ của trang trước khỏi trang mới: %[1]v", "cannot remove the previous site's files from the new one: %[1]v")
	OutMoveAside    = New("không chuyển được trang trước sang một bên: %[1]v", "cannot move the previous site aside: %[1]v")
)

// Messages about the theme's words (ThemeWords).
var (
	// ThemeWordUnknown: a template calls {{t "key"}} with a key that
	// ThemeWords does not have. %[1]s is the key.
	ThemeWordUnknown     = New("mẫu trang dùng từ %[1]q, nhưng danh mục từ của giao diện không có từ này", "the template uses the word %[1]q, which the theme's word catalog does not have")
	ThemeWordUnknownHint = New("sửa tên từ cho đúng; danh sách tên từ nằm trong generator/i18n/msg_theme.go (ThemeWords)", "correct the word's name; the names are listed in generator/i18n/msg_theme.go (ThemeWords)")
	// ThemeWordKey: {{t}} was given something other than a word's name.
	ThemeWordKey = New("{{t}} cần tên một từ trong ngoặc kép, ví dụ {{t \"nav.search\"}}", "{{t}} needs a word's name in double quotes, e.g. {{t \"nav.search\"}}")
)

// Words of the published site that the render stage writes itself, not
// through a template: page titles, descriptions and breadcrumbs, photo
// credits, chart labels and the columns of the open data files. Site
// text: the render stage formats them in Vietnamese (Msg.In(Vi)).
var (
	WordHome        = New("Trang chủ", "Home")
	WordProfiles    = New("Hồ sơ", "Profiles")
	WordAllProfiles = New("Tất cả hồ sơ", "All profiles")
	WordSearch      = New("Tìm kiếm", "Search")
	WordStats       = New("Thống kê", "Statistics")
	WordOpenData    = New("Dữ liệu mở", "Open data")
	WordCollections = New("Bộ sưu tập", "Collections")
	WordNotFound    = New("Không tìm thấy trang", "Page not found")
	WordNotFoundMsg = New("Trang bạn tìm không có hoặc đã được chuyển đi.", "The page you are looking for does not exist or has moved.")
	WordAwards      = New("Khen thưởng", "Awards")
	WordFeatured    = New("Tiêu biểu", "Featured")
	WordDraft       = New("Bản nháp", "Draft")
	// WordProfileCount is a count of profiles; %[1]s is formatted with
	// Number (2.000).
	WordProfileCount = New("%[1]s hồ sơ", "%[1]s profiles")
	// WordPhotoOf is the alternative text of a profile's photo that has
	// none of its own: "Ảnh: Nguyễn Văn A".
	WordPhotoOf = New("Ảnh: %[1]s", "Photo: %[1]s")
	// WordCredit is a photo's credit line; the photographer's name as
	// written. The render stage leaves a credit that already starts with
	// "Ảnh" as it is.
	WordCredit = New("Ảnh: %[1]s", "Photo: %[1]s")
	WordQR     = New("Mã QR", "QR code")

	CollectionsDesc = New("Các bộ sưu tập gương điển hình tiên tiến được tuyên dương tại đại hội, hội nghị và trong các phong trào.", "Collections of exemplary people and collectives honoured at congresses, conferences and in movements.")
	// CollectionDesc describes a collection without a description of its
	// own: %[1]s is its number of profiles (plain digits), %[2]s its title.
	CollectionDesc = New("%[1]s gương điển hình tiên tiến: %[2]s.", "%[1]s exemplary people and collectives: %[2]s.")
	// BookTitle is the title of a collection's honour book.
	BookTitle = New("Kỷ yếu: %[1]s", "Book: %[1]s")
	// TermDesc describes a term's page: %[1]s is its number of profiles
	// (Number), %[2]s its heading.
	TermDesc = New("%[1]s hồ sơ gương điển hình tiên tiến: %[2]s.", "%[1]s profiles of exemplary people and collectives: %[2]s.")
	// TermsDesc describes a dimension's index page: %[1]s is the
	// dimension's name in lower case.
	TermsDesc  = New("Gương điển hình tiên tiến theo %[1]s.", "Exemplary people and collectives by %[1]s.")
	SearchDesc = New("Tìm hồ sơ gương sáng theo tên, địa bàn, lĩnh vực, năm hoặc tiêu chí; gõ có dấu hay không dấu đều được.", "Search profiles by name, area, field, year or criterion, with or without Vietnamese accents.")
	// StatsDesc describes the statistics page: %[1]s is the number of
	// profiles (Number).
	StatsDesc = New("Thống kê %[1]s hồ sơ gương điển hình tiên tiến theo địa bàn, năm, lĩnh vực, loại và tiêu chí; tải dữ liệu mở dạng CSV và JSON.", "Statistics of %[1]s profiles of exemplary people and collectives by area, year, field, kind and criterion; download the open data as CSV and JSON.")
	// StatsNoteMultiple is a chart's note for a dimension with several
	// values per profile: %[1]s is the dimension's name in lower case.
	StatsNoteMultiple = New("Một hồ sơ có thể thuộc nhiều mục %[1]s, nên tổng các cột lớn hơn số hồ sơ; tỷ lệ tính trên tổng số hồ sơ.", "A profile may be in several %[1]s entries, so the bars add up to more than the number of profiles; shares are of all profiles.")
	// StatsCaption and StatsTitle name a chart of the profiles by a
	// dimension, %[1]s in lower case.
	StatsCaption = New("Số hồ sơ theo %[1]s", "Profiles by %[1]s")
	StatsTitle   = New("Biểu đồ số hồ sơ theo %[1]s", "Chart of profiles by %[1]s")
	// StatsBarLabel is a bar's accessible name: the term, its count
	// (Number) and its share (Percent): "Chư Păh: 5 hồ sơ (14,3%)".
	StatsBarLabel = New("%[1]s: %[2]s hồ sơ (%[3]s)", "%[1]s: %[2]s profiles (%[3]s)")
	DataDesc      = New("Tải thông tin chính của mọi hồ sơ gương điển hình tiên tiến dạng Excel, CSV và JSON, kèm mô tả các cột.", "Download the main facts of every profile as Excel, CSV and JSON, with a description of the columns.")
)

// Descriptions of the open data's files and columns, on /du-lieu/ and the
// statistics page. The column heads and JSON keys themselves are a
// published contract (render/data.go) and stay as they are.
var (
	DataFileXLSX      = New("sổ làm việc Excel hai trang: «Hồ sơ» (mỗi hồ sơ một dòng, có liên kết tới trang) và «Khen thưởng» (mỗi khen thưởng một dòng, có cơ quan khen thưởng và quyết định); mở được bằng Excel hoặc LibreOffice", "an Excel workbook with two sheets: «Hồ sơ» (one row per profile, linked to its page) and «Khen thưởng» (one row per award, with the awarding body and the decision); opens in Excel or LibreOffice")
	DataFileCSV       = New("bảng tính, mỗi hồ sơ một dòng; mã UTF-8 nên giữ nguyên dấu tiếng Việt", "a spreadsheet, one row per profile; UTF-8, so Vietnamese accents are kept")
	DataFileAwardsCSV = New("bảng tính, mỗi khen thưởng một dòng, nối với hồ sơ qua cột «Địa chỉ trang»", "a spreadsheet, one row per award, joined to the profiles on the column «Địa chỉ trang»")
	DataFileJSON      = New("dành cho phần mềm và lập trình viên", "for software and programmers")
	DataColTitle      = New("Họ tên cá nhân hoặc tên tập thể", "Name of the person or the collective")
	DataColURL        = New("Địa chỉ đầy đủ của trang hồ sơ", "Full address of the profile's page")
	DataColSummary    = New("Tóm tắt hồ sơ", "Summary of the profile")
	DataColDate       = New("Ngày đăng, dạng năm-tháng-ngày; trống (JSON: null) nếu không có", "Date of publication, as year-month-day; empty (JSON: null) if none")
	DataColAuthor     = New("Người viết hồ sơ", "Author of the profile")
	DataColOrg        = New("Cơ quan, đơn vị, nơi sinh hoạt", "Agency, unit or organisation")
	DataColAwards     = New("Các hình thức khen thưởng (JSON: title, year, issuer, decision; CSV: “tên (năm)”, cách nhau bởi dấu chấm phẩy)", "Awards (JSON: title, year, issuer, decision; CSV: “title (year)”, separated by semicolons)")
	DataColFeatured   = New("Hồ sơ tiêu biểu (CSV: Có hoặc Không)", "Featured profile (CSV: Có or Không)")
	DataColImage      = New("Địa chỉ đầy đủ của ảnh; trống nếu không có", "Full address of the photo; empty if none")
	DataColYear       = New("Năm của hồ sơ", "Year of the profile")
	// DataColCode and the next three describe a dimension's columns:
	// %[1]s is the dimension's singular name in lower case.
	DataColCode          = New("Mã %[1]s", "Key of the %[1]s")
	DataColName          = New("Tên %[1]s", "Name of the %[1]s")
	DataColCodes         = New("Mã các %[1]s (CSV: cách nhau bởi dấu chấm phẩy)", "Keys of the %[1]s values (CSV: separated by semicolons)")
	DataColNames         = New("Tên các %[1]s (CSV: cách nhau bởi dấu chấm phẩy)", "Names of the %[1]s values (CSV: separated by semicolons)")
	DataColAwardName     = New("Họ tên cá nhân hoặc tên tập thể được khen", "Name of the person or the collective awarded")
	DataColAwardURL      = New("Địa chỉ đầy đủ của trang hồ sơ, nối với tệp hồ sơ", "Full address of the profile's page, the join with the profiles file")
	DataColAwardTitle    = New("Tên hình thức khen thưởng, danh hiệu", "Name of the award or title")
	DataColAwardYear     = New("Năm khen thưởng; trống nếu không ghi", "Year of the award; empty if not given")
	DataColAwardIssuer   = New("Cấp, cơ quan quyết định khen thưởng", "Level and body that decided the award")
	DataColAwardDecision = New("Số, ngày quyết định khen thưởng", "Number and date of the award decision")
)

// ThemeWords are the words of the theme's templates by the names the
// templates call them with: {{t "nav.search"}}. A name ending in "_html"
// is a message holding HTML markup (a link, <code>), written as it is;
// every other message is plain text, which the template escapes where it
// is written. Arguments fill the message's verbs: a number given to %s
// is written the Vietnamese way (2.000), to %d as plain digits (years,
// page numbers); text given to an "_html" message is escaped first.
//
// The names are stable: a site's own templates (themes/<name>/layouts)
// call them too. Rename one only with every template that uses it.
var ThemeWords = map[string]*Msg{
	// Shared by several templates.
	"nav.home":            WordHome,
	"list.all":            WordAllProfiles,
	"nav.profiles":        WordProfiles,
	"nav.stats":           WordStats,
	"nav.search":          WordSearch,
	"nav.data":            WordOpenData,
	"collections":         WordCollections,
	"awards":              WordAwards,
	"badge.featured":      WordFeatured,
	"badge.draft":         WordDraft,
	"count.profiles":      WordProfileCount,
	"count.profiles_html": New("<strong>%[1]s</strong> hồ sơ", "<strong>%[1]s</strong> profiles"),
	"year.one":            New("năm %[1]d", "in %[1]d"),
	"year.range":          New("từ năm %[1]d đến năm %[2]d", "from %[1]d to %[2]d"),
	"and":                 New("và", "and"),
	"more":                New("Xem thêm", "Show more"),
	"search.button":       New("Tìm", "Search"),
	"data.col":            New("Cột", "Column"),
	"data.key":            New("Khoá JSON", "JSON key"),
	"data.desc":           New("Nội dung", "Content"),

	// base.html: every page's frame.
	"base.skip":    New("Chuyển đến nội dung chính", "Skip to the main content"),
	"base.crumbs":  New("Vị trí trang", "Breadcrumb"),
	"base.nav":     New("Duyệt hồ sơ", "Browse profiles"),
	"base.menu":    New("Menu", "Menu"),
	"base.feed":    New("Nguồn tin Atom", "Atom feed"),
	"base.sitemap": New("Sơ đồ trang", "Sitemap"),

	// 404.html.
	"404.heading": WordNotFound,
	"404.lead":    WordNotFoundMsg,
	"404.home":    New("Về trang chủ", "Go to the home page"),
	"404.all":     New("Xem tất cả hồ sơ", "See all profiles"),

	// home.html.
	"home.search_label":       New("Tìm gương sáng theo tên, địa bàn, lĩnh vực", "Search exemplary people by name, area, field"),
	"home.search_placeholder": New("Tên, địa bàn, lĩnh vực…", "Name, area, field…"),
	"home.story_featured":     New("Gương sáng tiêu biểu", "Featured story"),
	"home.newest":             New("Mới cập nhật", "Recently updated"),
	"home.read":               New("Đọc câu chuyện", "Read the story"),
	"home.featured":           New("Gương mặt tiêu biểu", "Featured people"),
	"home.all":                New("Xem tất cả %[1]s hồ sơ", "See all %[1]s profiles"),
	"home.browse":             New("Tìm gương sáng theo", "Find exemplary people by"),
	"home.dim_count":          New("%[1]s mục", "%[1]s entries"),
	"home.dim_all":            New("Xem tất cả %[1]s mục", "See all %[1]s entries"),

	// list.html: /ho-so/, a term's and a collection's list.
	"list.date":     New("Ngày", "Date"),
	"list.book":     New("Xem và in kỷ yếu", "View and print the book"),
	"list.until":    New("%[1]s là đơn vị hành chính cũ, tồn tại đến ngày %[2]s.", "%[1]s is a former administrative unit, which existed until %[2]s."),
	"list.since":    New("%[1]s là đơn vị hành chính mới, có từ ngày %[2]s.", "%[1]s is a new administrative unit, which exists since %[2]s."),
	"list.now":      New("Địa bàn này nay thuộc:", "This area now belongs to:"),
	"list.formerly": New("Trước đây thuộc:", "It formerly belonged to:"),
	"list.by_year":  New("Số hồ sơ theo năm", "Profiles by year"),
	"list.page":     New("trang %[1]d/%[2]d", "page %[1]d/%[2]d"),
	"list.follow":   New("Theo dõi (Atom)", "Follow (Atom)"),
	"list.cards":    New("Danh sách hồ sơ", "List of profiles"),

	// partials/filters.html: a list's filter panel.
	"filters.legend":      New("Lọc hồ sơ", "Filter profiles"),
	"filters.all":         New("Tất cả", "All"),
	"filters.reset":       New("Bỏ lọc", "Clear filters"),
	"filters.nojs":        New("Muốn lọc hồ sơ, trình duyệt cần bật JavaScript. Khi JavaScript đang tắt, trang này hiện tất cả hồ sơ, không theo điều kiện lọc trong đường liên kết. Hãy mở danh sách riêng của mục bạn cần:", "Filtering profiles needs JavaScript in the browser. With JavaScript off, this page shows all profiles, whatever filter the link names. Open the list of the entry you need:"),
	"filters.nojs_within": New("Muốn lọc hồ sơ, trình duyệt cần bật JavaScript. Khi JavaScript đang tắt, trang này hiện tất cả hồ sơ của mục này, không theo điều kiện lọc trong đường liên kết. Hãy mở danh sách riêng của mục bạn cần:", "Filtering profiles needs JavaScript in the browser. With JavaScript off, this page shows all profiles of this entry, whatever filter the link names. Open the list of the entry you need:"),

	// partials/pager.html.
	"pager.label": New("Phân trang", "Pages"),
	"pager.prev":  New("Trang trước", "Previous page"),
	"pager.next":  New("Trang sau", "Next page"),

	// profile.html.
	"profile.posted":         New("Đăng ngày", "Published on"),
	"profile.author":         New("Người viết: %[1]s", "Written by %[1]s"),
	"profile.read":           New("Đọc khoảng %[1]s phút", "About %[1]s min read"),
	"profile.photos":         New("Ảnh", "Photos"),
	"profile.in_collections": New("Được tuyên dương trong", "Honoured in"),
	"profile.related":        New("Gương sáng liên quan", "Related profiles"),
	"profile.same":           New("Cùng", "Same"),
	"profile.place":          New("địa bàn", "area"),

	// The share and save actions of profile.html (msg_share.go).
	"share.heading":        ShareActions,
	"share.native":         ShareNative,
	"share.facebook":       ShareFacebook,
	"share.facebook_title": ShareFacebookTitle,
	"share.zalo":           ShareZalo,
	"share.zalo_title":     ShareZaloTitle,
	"share.copy":           ShareCopy,
	"share.copied":         ShareCopied,
	"share.copy_failed":    ShareCopyFailed,
	"share.print":          SharePrint,

	// search.html.
	"search.nojs_html": New(`Chức năng tìm kiếm cần bật JavaScript trong trình duyệt. Bạn vẫn có thể <a href="/ho-so/">xem tất cả hồ sơ</a> hoặc duyệt theo:`, `Search needs JavaScript in the browser. You can still <a href="/ho-so/">see all profiles</a> or browse by:`),
	"search.label":     New("Tên, địa bàn, lĩnh vực, năm…", "Name, area, field, year…"),
	"search.hint_html": New("Tìm trong %[1]s hồ sơ. Gõ có dấu hay không dấu đều được, ví dụ: <q>nguyen van</q>, <q>dak doa</q>, <q>y tế 2020</q>.", "Searches %[1]s profiles. Type with or without Vietnamese accents, e.g. <q>nguyen van</q>, <q>dak doa</q>, <q>y tế 2020</q>."),

	// stats.html.
	"stats.total_html":      New("<strong>%[1]s</strong> hồ sơ gương điển hình tiên tiến", "<strong>%[1]s</strong> profiles of exemplary people and collectives"),
	"stats.places":          New("ở %[1]s %[2]s", "in %[1]s %[2]s"),
	"stats.download":        New("Tải dữ liệu mở:", "Download the open data:"),
	"stats.download_about":  New("mô tả các tệp và các cột", "what the files and columns hold"),
	"stats.toc":             New("Trên trang này", "On this page"),
	"stats.matrix_toc":      New("Địa bàn × năm", "Area × year"),
	"stats.count":           New("Số hồ sơ", "Profiles"),
	"stats.share":           New("Tỷ lệ", "Share"),
	"stats.total":           New("Tổng", "Total"),
	"stats.matrix":          New("Số hồ sơ theo địa bàn và năm", "Profiles by area and year"),
	"stats.matrix_note":     New("Mỗi ô là số hồ sơ của một địa bàn trong một năm; ô càng đậm, số càng lớn.", "Each cell is the number of profiles of an area in a year; the darker the cell, the larger the number."),
	"stats.matrix_place":    New("Địa bàn", "Area"),
	"stats.data_html":       New(`Thông tin chính của mọi hồ sơ (không gồm bài viết) được công bố để cơ quan, nhà nghiên cứu và người dân tự tổng hợp, báo cáo. Hồ sơ xếp theo thứ tự như trang <a href="/ho-so/">Hồ sơ</a>: năm mới trước, rồi theo tên.`, `The main facts of every profile (without the articles) are published for agencies, researchers and citizens to compile and report on their own. Profiles are in the order of the <a href="/ho-so/">Profiles</a> page: newest year first, then by name.`),
	"stats.columns":         New("Các cột dữ liệu", "The data's columns"),
	"stats.columns_caption": New("Các cột của tệp CSV và khóa tương ứng trong tệp JSON", "The columns of the CSV files and their keys in the JSON file"),
	"stats.col_csv":         New("Cột CSV", "CSV column"),

	// data.html: /du-lieu/.
	"data.lead_html":              New(`Thông tin chính của mọi hồ sơ (%[1]s hồ sơ, %[2]s khen thưởng; không gồm bài viết) được công bố để cơ quan, nhà nghiên cứu và người dân tự tổng hợp, báo cáo. Hồ sơ xếp theo thứ tự như trang <a href="/ho-so/">Hồ sơ</a>: năm mới trước, rồi theo tên. Các tệp được tạo lại mỗi lần trang cập nhật.`, `The main facts of every profile (%[1]s profiles, %[2]s awards; without the articles) are published for agencies, researchers and citizens to compile and report on their own. Profiles are in the order of the <a href="/ho-so/">Profiles</a> page: newest year first, then by name. The files are made again every time the site is updated.`),
	"data.files":                  New("Các tệp", "Files"),
	"data.profiles":               New("Bảng hồ sơ", "The profiles table"),
	"data.profiles_about_html":    New("Trong <code>ho-so.csv</code>, trang «Hồ sơ» của <code>ho-so.xlsx</code> và <code>ho-so.json</code>: mỗi hồ sơ một dòng (một đối tượng JSON).", "In <code>ho-so.csv</code>, the sheet «Hồ sơ» of <code>ho-so.xlsx</code> and <code>ho-so.json</code>: one row (one JSON object) per profile."),
	"data.profiles_caption":       New("Các cột của bảng hồ sơ và khóa tương ứng trong tệp JSON", "The columns of the profiles table and their keys in the JSON file"),
	"data.awards":                 New("Bảng khen thưởng", "The awards table"),
	"data.awards_about_html":      New("Trong <code>khen-thuong.csv</code> và trang «Khen thưởng» của <code>ho-so.xlsx</code>: mỗi khen thưởng một dòng, nên tên khen thưởng có dấu chấm phẩy vẫn là một khen thưởng. Nối với bảng hồ sơ qua cột «Địa chỉ trang».", "In <code>khen-thuong.csv</code> and the sheet «Khen thưởng» of <code>ho-so.xlsx</code>: one row per award, so an award whose name holds a semicolon is still one award. Joined to the profiles table on the column «Địa chỉ trang»."),
	"data.awards_caption":         New("Các cột của bảng khen thưởng và khóa tương ứng trong tệp JSON", "The columns of the awards table and their keys in the JSON file"),
	"data.collections":            New("Bảng bộ sưu tập", "The collections table"),
	"data.collections_about_html": New("Trong <code>bo-suu-tap.csv</code>: mỗi hồ sơ của một bộ sưu tập một dòng, theo thứ tự của bộ sưu tập; nối với bảng hồ sơ qua cột «Địa chỉ trang». Trong <code>bo-suu-tap.json</code>: mỗi bộ sưu tập một đối tượng, có danh sách hồ sơ <code>profiles</code>.", "In <code>bo-suu-tap.csv</code>: one row per profile of a collection, in the collection's order; joined to the profiles table on the column «Địa chỉ trang». In <code>bo-suu-tap.json</code>: one object per collection, with its list of profiles <code>profiles</code>."),
	"data.collections_caption":    New("Các cột của bảng bộ sưu tập và khóa tương ứng trong tệp JSON", "The columns of the collections table and their keys in the JSON file"),
	"data.notes_html":             New("Tệp CSV dùng bảng mã UTF-8 có BOM và dấu phẩy; ô bắt đầu bằng <code>=</code>, <code>+</code>, <code>-</code> hoặc <code>@</code> có thêm dấu nháy đơn ở đầu để bảng tính không chạy như công thức. Ngày trong tệp Excel là ngày thật (định dạng ngày/tháng/năm), trong CSV và JSON dạng năm-tháng-ngày.", "The CSV files are UTF-8 with a BOM, separated by commas; a cell starting with <code>=</code>, <code>+</code>, <code>-</code> or <code>@</code> gets a leading single quote so that spreadsheets do not run it as a formula. Dates in the Excel file are real dates (day/month/year), in CSV and JSON year-month-day."),

	// terms.html: a dimension's index page.
	"terms.sort":     New("Xếp theo:", "Sort by:"),
	"terms.by_count": New("số hồ sơ", "number of profiles"),
	"terms.by_name":  New("tên", "name"),

	// collections.html and book.html.
	"collections.book":  New("Kỷ yếu", "Book"),
	"book.kind":         New("Kỷ yếu gương điển hình tiên tiến", "Book of exemplary people and collectives"),
	"book.count":        New("%[1]s gương điển hình", "%[1]s exemplary people and collectives"),
	"book.back":         New("Trở về bộ sưu tập", "Back to the collection"),
	"book.print_html":   New("Dùng lệnh In của trình duyệt (Ctrl+P), khổ A4, để in hoặc lưu thành PDF.", "Use the browser's Print command (Ctrl+P), A4 paper, to print or save as PDF."),
	"book.toc":          New("Mục lục", "Contents"),
	"book.toc_more":     New("(tiếp)", "(continued)"),
	"book.achievements": New("Thành tích", "Achievements"),
	"book.read_full":    New("Đọc toàn văn:", "Read it all at:"),
}

// Messages about a site's own wording of the theme: the file
// themes/<theme>/words.yaml (render.WordsFile), one line "name: text" per
// word.
var (
	WordsNotMap      = New("tệp này cần mỗi dòng một từ, dạng «tên: chữ mới», ví dụ «nav.stats: Số liệu»", "this file needs one word a line, as «name: new text», e.g. «nav.stats: Figures»")
	WordsUnknown     = New("giao diện không có từ tên %[1]q", "the theme has no word named %[1]q")
	WordsNotText     = New("%[1]q cần một dòng chữ sau dấu hai chấm", "%[1]q needs a line of text after the colon")
	WordsNotTextHint = New("viết chữ ngay sau dấu hai chấm, cùng dòng; nếu chữ có dấu hai chấm, đặt cả dòng chữ trong ngoặc kép", "write the text right after the colon, on the same line; if it holds a colon, put it in double quotes")
	// WordsVerbs: %[2]s lists the placeholders the catalog's text has
	// ("%[1]s"), %[3]s is that text.
	WordsVerbs     = New("chữ mới của %[1]q phải giữ đúng các chỗ điền %[2]s như chữ gốc %[3]q", "the new text of %[1]q must keep the placeholders %[2]s of the original %[3]q")
	WordsVerbsHint = New("chép nguyên các chỗ điền (như %[1]s) từ chữ gốc vào chữ mới; chỗ điền là nơi số hoặc tên được đặt vào", "copy the placeholders (such as %[1]s) of the original into the new text; they are where a number or a name goes")
)

// ThemeWordArgs: a template gives {{t}} a word and the wrong number of
// values for its placeholders. %[2]d and %[3]d are numbers of values.
var ThemeWordArgs = New("từ %[1]q cần %[2]d giá trị để điền vào chỗ trống, nhưng mẫu trang đưa %[3]d", "the word %[1]q takes %[2]d values for its placeholders, but the template gives %[3]d")
