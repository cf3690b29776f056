package i18n

// Messages of profiles (generator/content): field errors, hints and
// warnings a writer reads about one file. A message is what is wrong, in
// lower case without a final period; a hint is how to fix it. Field names
// and values the writer typed are quoted as written.
var (
	// DidYouMean suggests a name: %[1]q is the name.
	DidYouMean = New("có phải bạn muốn %[1]q?", "did you mean %[1]q?")
	// DidYouMeanTerm suggests a vocabulary term: %[1]q its name, %[2]s its key.
	DidYouMeanTerm = New("có phải bạn muốn %[1]q (%[2]s)?", "did you mean %[1]q (%[2]s)?")

	ContentDraftSuffix = New(" (trong bản nháp; hãy sửa trước khi đăng)", " (in a draft; fix before publishing)")

	ContentCannotList = New("không đọc được thư mục content: %[1]s", "cannot read the content folder: %[1]s")
	ContentCannotRead = New("không đọc được tệp: %[1]s", "cannot read file: %[1]s")
	ContentNotRegular = New("đây không phải tệp thông thường (một ống dẫn hay thiết bị do chương trình nào đó tạo ra); hãy xoá nó, hoặc lưu lại hồ sơ thành một tệp bình thường",
		"this is not an ordinary file (a pipe or device made by some program); delete it or save the profile again as a normal file")
	// ContentTooLarge: %[1]d and %[2]d are sizes in MB.
	ContentTooLarge     = New("tệp quá lớn (%[1]d MB; giới hạn là %[2]d MB)", "the file is too large (%[1]d MB; the limit is %[2]d MB)")
	ContentTooLargeHint = New("hồ sơ chỉ chứa chữ: đặt ảnh thành tệp riêng bên cạnh, và chia nhỏ những văn bản rất dài",
		"a profile is text only: put photos beside it as files, and split very long documents")

	ContentEmpty     = New("tệp trống", "the file is empty")
	ContentEmptyHint = New("mở đầu tệp bằng phần khai báo nằm giữa hai dòng `---`; lệnh `guongsang new` viết sẵn phần này cho bạn",
		"start the file with a front matter block between two `---` lines; `guongsang new` writes one for you")

	// ContentUnclosed: the front matter opened on this line has no closing line.
	ContentUnclosed = New("phần khai báo mở ở dòng này nhưng không có dòng đóng",
		"the front matter that starts here is never closed")
	// ContentUnclosedHint: %[1]s is the closing line, e.g. ---.
	ContentUnclosedHint = New("thêm một dòng chỉ có %[1]s sau trường cuối cùng, trước phần bài viết",
		"add a line with just %[1]s after the last field, before the text")
	// ContentUnclosedAt points at the line the writer most likely meant to
	// close the front matter with: %[1]d is that line, %[2]q what it holds.
	ContentUnclosedAt = New("phần khai báo không được đóng: dòng %[1]d (%[2]q) có lẽ là dòng đóng nhưng viết sai",
		"the front matter is never closed: line %[1]d (%[2]q) looks meant to close it but is not written right")
	// ContentUnclosedAtHint: %[1]s is the closing line, e.g. ---.
	ContentUnclosedAtHint = New("dòng đóng phải chỉ có đúng ba dấu gạch ngang %[1]s, không thêm chữ hay dấu nào khác",
		"the closing line must hold exactly %[1]s and nothing else")
	ContentNoFrontMatter     = New("không tìm thấy phần khai báo ở đầu tệp", "no front matter found")
	ContentNoFrontMatterHint = New("tệp phải mở đầu bằng một dòng `---`, tiếp theo mỗi dòng một `trường: giá trị`, rồi thêm một dòng `---` nữa",
		"the file must start with a line `---`, then one `field: value` per line, then another `---`")
	ContentFrontMatterRead = New("không đọc được phần khai báo: %[1]s", "cannot read front matter: %[1]s")
	ContentSyntaxHint      = New("kiểm tra dấu câu ở dòng này và dòng ngay trước nó", "check the punctuation on that line and the one before it")

	// ContentMustBeText: %[1]s describes what was written instead.
	ContentMustBeText     = New("phải là chữ, không phải %[1]s", "must be text, not %[1]s")
	ContentMustBeTextHint = New("viết giá trị thành chữ trong ngoặc kép", "write it as text in quotes")
	ContentMustBeBool     = New("phải là true (có) hoặc false (không)", "must be true or false")
	// ContentMustBeBoolHint: %[1]s is the field.
	ContentMustBeBoolHint = New("viết `%[1]s: true` hoặc `%[1]s: false`", "write `%[1]s: true` or `%[1]s: false`")
	ContentRequired       = New("còn thiếu trường này", "is required")
	// ContentRequiredHint: %[1]s is a whole example line, e.g. year: 2020.
	ContentRequiredHint = New("thêm một dòng như `%[1]s`", "add a line like `%[1]s`")
	// ContentNotOneTerm: %[1]s is a site.yaml list, %[2]s what was written.
	ContentNotOneTerm = New("phải là một tên hoặc mã trong danh sách %[1]s của site.yaml, không phải %[2]s",
		"must be one name or key from site.yaml %[1]s, not %[2]s")
	// ContentUseTerm: %[1]s is a site.yaml list.
	ContentUseTerm  = New("dùng một mã hoặc tên trong danh sách %[1]s của site.yaml", "use a key or name from the %[1]s list in site.yaml")
	ContentKindHint = New("viết `kind: individual` (cá nhân) hoặc `kind: collective` (tập thể)",
		"write `kind: individual` (Cá nhân) or `kind: collective` (Tập thể)")
	ContentNotKind = New("%[1]q không phải là loại hồ sơ", "%[1]q is not a kind")
	// ContentNotInList: %[1]q is what was written, %[2]s the site.yaml list.
	ContentNotInList = New("%[1]q không có trong danh sách %[2]s của site.yaml", "%[1]q is not in site.yaml %[2]s")

	ContentCriteriaEmpty     = New("không được để trống", "must not be empty")
	ContentCriteriaEmptyHint = New("liệt kê ít nhất một tiêu chí có trong site.yaml", "list at least one criterion from site.yaml")

	// ContentSlugEmpty: %[1]q is the slug written.
	ContentSlugEmpty     = New("%[1]q không có chữ cái hay chữ số nào để làm địa chỉ", "%[1]q has no letters or digits to make an address from")
	ContentSlugEmptyHint = New("dùng chữ cái và chữ số, ví dụ `slug: nguyen-van-an`", "use letters and digits, e.g. `slug: nguyen-van-an`")
	// ContentFileNameEmpty: %[1]q is the file name.
	ContentFileNameEmpty     = New("tên tệp %[1]q không có chữ cái hay chữ số nào để làm địa chỉ", "the file name %[1]q has no letters or digits to make an address from")
	ContentFileNameEmptyHint = New("đổi tên tệp cho có chữ cái và chữ số, hoặc đặt `slug:`", "rename the file with letters and digits, or set `slug:`")

	ContentUnknownField     = New("trường lạ, bị bỏ qua", "unknown field is ignored")
	ContentUnknownFieldHint = New("xoá dòng này, hoặc kiểm tra lại chính tả", "remove it, or check the spelling")

	ContentMarkdown = New("không dựng được phần bài viết: %[1]s", "cannot render Markdown: %[1]s")
	// ContentRemoteImage: %[1]s is the image's address.
	ContentRemoteImage = New("ảnh %[1]s nằm trên một trang web khác; trang chỉ hiển thị ảnh của chính mình",
		"image %[1]s is on another website; the site shows only its own images")
	ContentRemoteImageHint = New("lưu ảnh bên cạnh hồ sơ (biến hồ sơ thành thư mục có tệp index.md) rồi ghi tên tệp ảnh, ví dụ ![Ảnh](anh.jpg)",
		"save the image beside the profile (make the profile a folder with index.md) and write its file name, e.g. ![Ảnh](anh.jpg)")

	// Descriptions of a value, for "not %s".
	ContentDescList   = New("một danh sách", "a list")
	ContentDescGroup  = New("một nhóm trường", "a group of fields")
	ContentDescEmpty  = New("để trống", "empty")
	ContentDescNumber = New("số %[1]s", "the number %[1]s")
	ContentDescDate   = New("một ngày tháng", "a date")
	ContentDescValue  = New("giá trị này", "this value")

	ContentYearDigits = New("phải là năm viết bằng chữ số, không phải %[1]s", "must be a year in digits, not %[1]s")
	// ContentYearDigitsHint: %[1]s is the field.
	ContentYearDigitsHint = New("viết năm bằng chữ số, ví dụ `%[1]s: 2020`", "write the year in digits, e.g. `%[1]s: 2020`")
	// ContentYearRange: %[1]d is the year, %[2]d the last allowed.
	ContentYearRange     = New("năm %[1]d nằm ngoài khoảng 1945–%[2]d", "%[1]d is outside 1945..%[2]d")
	ContentYearRangeHint = New("dùng một năm từ 1945 đến %[1]d", "use a year from 1945 to %[1]d")
	// ContentYearDotted: %[1]s is what was written, e.g. 2.020.
	ContentYearDotted = New("%[1]s được đọc thành một số thập phân, không phải năm: năm không có dấu chấm hay dấu phẩy ngăn cách hàng nghìn",
		"%[1]s is read as a decimal number, not a year: a year has no thousands separator")
	// ContentYearDottedHint: %[1]d is the year meant, %[2]s the field.
	ContentYearDottedHint = New("viết liền, không dấu chấm: `%[2]s: %[1]d`", "write it without a separator: `%[2]s: %[1]d`")

	ContentDateInvalid = New("%[1]q không phải là ngày tháng hợp lệ", "%[1]q is not a valid date")
	// ContentDateInvalidHint: %[1]s is the field (date, lastmod).
	ContentDateInvalidHint = New("viết theo năm-tháng-ngày, ví dụ `%[1]s: 2020-06-15`, hoặc ngày/tháng/năm, ví dụ 15/06/2020",
		"write it as year-month-day, e.g. `%[1]s: 2020-06-15`, or day/month/year, e.g. 15/06/2020")
	ContentDateType     = New("phải là ngày tháng, không phải %[1]s", "must be a date, not %[1]s")
	ContentDateTypeHint = New("viết theo năm-tháng-ngày, ví dụ `%[1]s: 2020-06-15`", "write it as year-month-day, e.g. `%[1]s: 2020-06-15`")

	ContentAwardsList      = New("phải là một danh sách", "must be a list")
	ContentAwardsListHint  = New("viết mỗi danh hiệu thành một dòng `- title: …` với `year:` ở dòng dưới", "write each award as `- title: …` with `year:` under it")
	ContentAwardItem       = New("phải là một danh hiệu có tên (title)", "must be an award with a title")
	ContentAwardItemHint   = New("viết `- title: \"Bằng khen …\"` và `year: 2020` ở dòng dưới", "write `- title: \"Bằng khen …\"` and `year: 2020` under it")
	ContentAwardFieldsHint = New("các trường của một danh hiệu là title, year, issuer và decision", "award fields are title, year, issuer and decision")
	ContentAwardTitleHint  = New("thêm `title: \"Bằng khen …\"` cho danh hiệu này", "add `title: \"Bằng khen …\"` to the award")

	ContentPhotoType       = New("%[1]q không phải là loại ảnh được hỗ trợ", "%[1]q is not a supported image")
	ContentPhotoTypeHint   = New("dùng tệp .jpg, .png, .svg, .webp hoặc .gif", "use a .jpg, .png, .svg, .webp or .gif file")
	ContentPhotoSlash      = New("%[1]q phải là đường dẫn bên trong thư mục trang, viết bằng dấu /", "%[1]q must be a path inside the site, written with /")
	ContentPhotoBesideHint = New("đặt ảnh bên cạnh hồ sơ và chỉ ghi tên tệp ảnh", "put the image beside the profile and write only its file name")
	ContentPhotoOutside    = New("%[1]q nằm ngoài thư mục content và static của trang", "%[1]q lies outside the site's content and static folders")
	// ContentPhotoUnusable: %[1]s is the path, %[2]s the cause.
	ContentPhotoUnusable     = New("không dùng được %[1]s: %[2]s", "%[1]s cannot be used: %[2]s")
	ContentPhotoUnusableHint = New("chép ảnh vào thư mục trang thay vì liên kết tới nó", "copy the image into the site folder instead of linking to it")
	ContentPhotoMissing      = New("không có tệp %[1]s", "file %[1]s does not exist")
	ContentPhotoMissingHint  = New("kiểm tra tên tệp, và xem ảnh đã được lưu bên cạnh hồ sơ chưa", "check the file name and that the image is saved beside the profile")

	// ContentSVGScript: %[1]s is the piece of script found.
	ContentSVGScript     = New("ảnh SVG có chứa mã chạy được (%[1]s)", "the SVG image contains script (%[1]s)")
	ContentSVGScriptHint = New("xuất lại thành hình vẽ thường, hoặc lưu thành ảnh PNG", "export it again as a plain drawing, or save it as PNG")
	// ContentBundleFile: %[1]s is the extension, e.g. .html.
	ContentBundleFile = New("tệp %[1]s đặt cạnh hồ sơ không được đăng: một trang hay đoạn mã ở đây có thể chạy trên trang web",
		"%[1]s files beside a profile are not published: a page or script here could run on the site")
	ContentBundleFileHint = New("thư mục hồ sơ chỉ đăng ảnh, PDF, tài liệu văn phòng, âm thanh và video; hãy xoá tệp này",
		"only images, PDF and office documents, audio and video are published from a profile's folder; remove this file")
	ContentBundleList = New("không liệt kê được thư mục hồ sơ: %[1]s", "cannot list the bundle folder: %[1]s")

	// ContentSameURL: %[1]s is the other file, %[2]s the address.
	ContentSameURL     = New("hồ sơ này và %[1]s sẽ cùng được đăng ở địa chỉ %[2]s", "this profile and %[1]s would both be published at %[2]s")
	ContentSameURLHint = New("đặt `slug:` khác cho một trong hai, hoặc đổi tên một tệp", "set a different `slug:` in one of them, or rename one file")

	// Front-matter syntax in any format.
	ContentAlias     = New("phần khai báo không dùng được bí danh YAML (*%[1]s)", "YAML aliases (*%[1]s) are not supported in front matter")
	ContentAliasHint = New("viết đầy đủ giá trị", "write the value out in full")
	// ContentTwice: %[1]s is the field, %[2]d and %[3]d the lines.
	ContentTwice      = New("trường %[1]s xuất hiện hai lần (dòng %[2]d và %[3]d)", "%[1]s appears twice (lines %[2]d and %[3]d)")
	ContentTwiceHint  = New("giữ lại một trong hai dòng", "keep one of the two lines")
	ContentMerge      = New("phần khai báo không dùng được khoá gộp (<<)", "merge keys (<<) are not supported in front matter")
	ContentJSON       = New("phần khai báo dạng JSON sai cú pháp", "invalid JSON front matter")
	ContentJSONHint   = New("kiểm tra dấu phẩy, ngoặc kép và ngoặc nhọn ở dòng này và dòng trước nó", "check commas, quotes and braces on this line and the one before it")
	ContentTOML       = New("phần khai báo dạng TOML sai cú pháp", "invalid TOML front matter")
	ContentTOMLHint   = New("kiểm tra dấu bằng, ngoặc kép và ngoặc vuông ở dòng này", "check equals signs, quotes and brackets on this line")
	ContentNotObject  = New("phần khai báo phải là một đối tượng gồm các trường", "front matter must be an object of fields")
	ContentNotMapping = New("phần khai báo phải gồm các dòng `trường: giá trị`", "front matter must be a list of `field: value` lines")
	// ContentAtLine prefixes a message with its line: %[1]d line, %[2]s message.
	ContentAtLine = New("dòng %[1]d: %[2]s", "line %[1]d: %[2]s")
)

// Warnings about what would be published by mistake.
var (
	// ContentInvisible: %[1]s lists the characters, e.g. "U+202E (đảo chiều chữ)".
	ContentInvisible     = New("có ký tự vô hình trong giá trị (%[1]s); đã bỏ đi", "the value holds invisible characters (%[1]s); they were removed")
	ContentInvisibleHint = New("ký tự này thường đến từ chữ chép ở trang web hay tin nhắn; nó làm tên không tìm được, hoặc đảo chiều chữ để giả tên. Gõ lại giá trị cho chắc",
		"such characters come with text copied from web pages or messages; they stop a name from being found, or reverse its letters to fake it. Retype the value to be sure")
	InvisibleBidi     = New("đảo chiều chữ", "direction control")
	InvisibleZeroWide = New("ký tự độ rộng bằng 0", "zero-width character")
	// ContentRawHTML: %[1]s is the tag as written.
	ContentRawHTML     = New("đoạn HTML %[1]s bị bỏ đi: trang không đăng HTML viết tay", "the HTML %[1]s is dropped: the site publishes no raw HTML")
	ContentRawHTMLHint = New("viết bằng Markdown (**đậm**, *nghiêng*, [liên kết](https://…)); video hay bản đồ nhúng không hiện được, hãy đặt đường liên kết tới chúng. Nếu mọi người viết đều đáng tin, quản trị có thể đặt unsafe_html: true trong site.yaml",
		"write it in Markdown (**bold**, *italic*, [link](https://…)); embedded videos or maps cannot be shown, link to them instead. If every author is trusted, the administrator may set unsafe_html: true in site.yaml")
	ContentPlaceholderBody = New("nội dung vẫn là đoạn mẫu do guongsang viết sẵn (%[1]q) mà hồ sơ đã để đăng (draft: false)",
		"the body is still the sample text guongsang wrote (%[1]q) but the profile is set to be published (draft: false)")
	ContentPlaceholderBodyHint = New("viết nội dung thật vào chỗ đó, hoặc để draft: true cho đến khi viết xong", "write the real text there, or keep draft: true until it is written")
	ContentPlaceholderDate     = New("ngày %[1]s là ngày mẫu do guongsang new điền sẵn", "%[1]s is the sample date guongsang new filled in")
	ContentPlaceholderDateHint = New("ghi ngày thật (ví dụ ngày được khen) và xoá ghi chú phía sau", "write the real date (e.g. the day of the award) and remove the note after it")
	// ContentSameTitle: %[1]s is the other file.
	ContentSameTitle     = New("trùng tên với hồ sơ %[1]s: hai người (tập thể) trùng tên, hay một hồ sơ bị lặp?", "the same title as %[1]s: two namesakes, or one profile twice?")
	ContentSameTitleHint = New("nếu là hai hồ sơ khác nhau, thêm đơn vị hoặc địa phương vào tên để người đọc phân biệt; nếu bị lặp, xoá một tệp", "if they are different, add the unit or place to the title so readers can tell them apart; if it is a duplicate, delete one file")
)
