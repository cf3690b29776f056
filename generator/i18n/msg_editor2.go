package i18n

// Messages of the declared dimensions in the commands that write
// profiles: the editor's form (generator/preview, generator/editor),
// `guongsang new` (generator/scaffold) and `guongsang import`
// (generator/importer).
var (
	// ScaffoldSetHint: %[1]s the dimension's key.
	ScaffoldSetHint = New("thêm --set %[1]s=<giá trị>, giá trị lấy trong danh sách %[1]s của site.yaml",
		"add --set %[1]s=<value>, a value from the %[1]s list in site.yaml")
	// ScaffoldOptional is put after a dimension's label in a new profile's
	// comments when the dimension may be left empty.
	ScaffoldOptional = New(" (không bắt buộc)", " (optional)")
	// ScaffoldDimList: comment of a list field in a new profile; %[1]s the
	// dimension's label, %[2]s ScaffoldOptional or "".
	ScaffoldDimList = New("%[1]s%[2]s: một hoặc nhiều giá trị trong site.yaml", "%[1]s%[2]s: one or more values from site.yaml")
	// ScaffoldDimOne: comment of an empty field in a new profile; %[1]s the
	// dimension's label, %[2]s ScaffoldOptional or "".
	ScaffoldDimOne = New("%[1]s%[2]s: một giá trị trong site.yaml", "%[1]s%[2]s: one value from site.yaml")
	// FlagSet is the help of new's --set.
	FlagSet = New("giá trị của một chiều phân loại khai trong site.yaml, dạng khoá=giá trị (ví dụ --set dan-toc=\"Gia Rai\"); lặp lại cho nhiều giá trị",
		"the value of a dimension declared in site.yaml, as key=value (for example --set dan-toc=\"Gia Rai\"); repeat for several values")
	// FlagSetBad: %[1]q what was given.
	FlagSetBad = New("--set %[1]q không đúng dạng khoá=giá trị; ví dụ --set dan-toc=\"Gia Rai\"", "--set %[1]q is not key=value; for example --set dan-toc=\"Gia Rai\"")
	// FlagSetUnknown: %[1]q the key, %[2]s the keys site.yaml declares.
	FlagSetUnknown = New("site.yaml không có chiều phân loại %[1]q; các chiều có: %[2]s", "site.yaml declares no dimension %[1]q; it has: %[2]s")
)

// Words of the editor's form and list for the declared dimensions.
var (
	// EdTermUntil: %[1]s the last day a place existed, 30/6/2025.
	EdTermUntil = New("đến %[1]s", "until %[1]s")
	// EdTermSince: %[1]s the first day a place existed.
	EdTermSince = New("từ %[1]s", "since %[1]s")
	// EdTermBetween: %[1]s the first day, %[2]s the last.
	EdTermBetween = New("từ %[1]s đến %[2]s", "from %[1]s to %[2]s")
	// EdFilterAll: the first choice of a filter of the list; %[1]s the
	// dimension's name, as site.yaml writes it ("Dân tộc").
	EdFilterAll = New("%[1]s: tất cả", "%[1]s: all")
)

// Messages of `guongsang import` for the declared dimensions.
var (
	// ImportDimTerm: %[1]s the cell's value, %[2]s the dimension's name
	// in lower case, %[3]s its key in site.yaml.
	ImportDimTerm = New("«%[1]s» không có trong danh sách %[2]s của site.yaml (chiều %[3]s trong mục dimensions)",
		"\"%[1]s\" is not among the %[2]s of site.yaml (dimension %[3]s under dimensions)")
	// ImportDimTermHint: %[1]s the dimension's key.
	ImportDimTermHint = New("sửa ô này theo một tên trong chiều %[1]s của site.yaml, hoặc thêm tên này vào đó làm «aliases», rồi nhập lại tệp",
		"write a name from site.yaml's dimension %[1]s, or add this one there as an alias, then import the file again")
)

// Messages of a profile's other photos (front matter `photos:`).
var (
	ContentPhotosList = New("photos phải là một danh sách ảnh, mỗi ảnh một dòng bắt đầu bằng dấu gạch ngang", "photos must be a list of photos, one per line starting with a dash")
	ContentPhotosItem = New("mỗi ảnh trong photos là tên tệp, hoặc có file, caption và credit", "each item of photos is a file name, or has file, caption and credit")
	ContentPhotosHint = New("mỗi ảnh một dòng \"- file: tên-tệp.jpg\", dưới đó thụt vào hai dấu cách là caption: (chú thích) và credit: (người chụp); hoặc chọn ảnh trong khung Ảnh của trình soạn",
		"one line \"- file: name.jpg\" per photo, with caption: and credit: indented two spaces below it; or pick the photos in the editor's Photos panel")
)

// Words of the editor's media panel for a profile's other photos.
var (
	EdPhotoShow    = New("Đăng kèm dưới bài", "Show below the text")
	EdPhotoCaption = New("Chú thích ảnh", "Caption")
	EdPhotoCredit  = New("Người chụp, nguồn ảnh", "Photographer, source")
)
