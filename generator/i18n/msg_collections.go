package i18n

// Messages of collections (content/bo-suu-tap/*.md) and their honour
// books.
var (
	// ColCannotRead: %[1]s is the cause.
	ColCannotRead        = New("không đọc được tệp bộ sưu tập: %[1]s", "cannot read the collection file: %[1]s")
	ColNoFrontMatter     = New("tệp bộ sưu tập không có phần thông tin đầu tệp (giữa hai dòng ---)", "the collection file has no front matter (between two --- lines)")
	ColNoFrontMatterHint = New(`bắt đầu tệp bằng "---", rồi "title: …", "date: 2020-06-15", "profiles:" với danh sách hồ sơ, và "---"`, `start the file with "---", then "title: …", "date: 2020-06-15", "profiles:" with a list of profiles, and "---"`)
	// ColYAML: %[1]s is the YAML parser's message.
	ColYAML         = New("phần thông tin đầu tệp viết sai: %[1]s", "the front matter is malformed: %[1]s")
	ColTitleMissing = New("bộ sưu tập chưa có tên (title)", "the collection has no title")
	ColTitleHint    = New(`ví dụ: title: "Đại hội Thi đua yêu nước tỉnh Gia Lai lần thứ X (2020)"`, `e.g. title: "Đại hội Thi đua yêu nước tỉnh Gia Lai lần thứ X (2020)"`)
	ColDateMissing  = New("bộ sưu tập chưa có ngày (date)", "the collection has no date")
	ColDateHint     = New("viết ngày theo dạng năm-tháng-ngày, ví dụ: date: 2020-06-15", "write the date as year-month-day, e.g. date: 2020-06-15")
	// ColDateBad: %[1]q is the value.
	ColDateBad = New("ngày %[1]q không đọc được", "cannot read the date %[1]q")
	// ColNotText: %[1]s is the field.
	ColNotText       = New("trường %[1]s phải là một đoạn chữ", "field %[1]s must be text")
	ColNeither       = New("bộ sưu tập chưa nói gồm những hồ sơ nào", "the collection does not say which profiles it holds")
	ColNeitherHint   = New(`thêm "profiles:" với danh sách hồ sơ theo thứ tự, hoặc "rule:" với điều kiện, ví dụ rule: {criteria: [thi-dua-yeu-nuoc], year: 2020}`, `add "profiles:" with an ordered list of profiles, or "rule:" with conditions, e.g. rule: {criteria: [thi-dua-yeu-nuoc], year: 2020}`)
	ColBoth          = New(`bộ sưu tập chỉ được có một trong hai: "profiles:" hoặc "rule:"`, `a collection has either "profiles:" or "rule:", not both`)
	ColBothHint      = New("giữ danh sách hồ sơ nếu muốn tự chọn thứ tự, hoặc giữ điều kiện nếu muốn lấy tự động", "keep the list to choose the order yourself, or the rule to select automatically")
	ColProfilesList  = New(`"profiles:" phải là một danh sách, mỗi dòng "- tên-tệp-hồ-sơ"`, `"profiles:" must be a list, one "- profile-file-name" per line`)
	ColProfilesEmpty = New("danh sách hồ sơ đang trống", "the list of profiles is empty")
	// ColUnknownProfile: %[1]q is the profile as written.
	ColUnknownProfile = New("không có hồ sơ %[1]q", "there is no profile %[1]q")
	// ColDidYouMean: %[1]q is the nearest profile's slug, %[2]s its title.
	ColDidYouMean  = New("có phải bạn muốn %[1]q (%[2]s)?", "did you mean %[1]q (%[2]s)?")
	ColUnknownHint = New("viết tên tệp hồ sơ không có .md, ví dụ: - nguyen-van-an, hoặc đường dẫn /ho-so/nguyen-van-an/", "write the profile's file name without .md, e.g. - nguyen-van-an, or its path /ho-so/nguyen-van-an/")
	// ColDuplicate: %[1]q is the profile, %[2]d the line it is first listed on.
	ColDuplicate     = New("hồ sơ %[1]q đã có trong danh sách ở dòng %[2]d", "profile %[1]q is already listed on line %[2]d")
	ColDuplicateHint = New("xoá dòng lặp lại", "delete the repeated line")
	// ColDraft: %[1]q is the profile as written, %[2]s its file.
	ColDraft     = New("hồ sơ %[1]q (%[2]s) đang là bản nháp nên chưa có trong bộ sưu tập", "profile %[1]q (%[2]s) is a draft, so the collection leaves it out")
	ColDraftHint = New("đổi draft: true thành draft: false trong hồ sơ khi sẵn sàng đăng", "change draft: true to draft: false in the profile when it is ready")
	ColRuleMap   = New(`"rule:" phải gồm các điều kiện dạng "chiều: giá trị"`, `"rule:" must hold conditions as "dimension: value"`)
	// ColRuleDim: %[1]q is the dimension as written, %[2]s the dimensions there are.
	ColRuleDim = New("không có chiều phân loại %[1]q", "there is no dimension %[1]q")
	// ColRuleDimHint: %[1]s lists the dimensions.
	ColRuleDimHint = New("các chiều có thể dùng: %[1]s", "the dimensions there are: %[1]s")
	// ColRuleValue: %[1]q is the value, %[2]s the dimension's name.
	ColRuleValue = New("%[1]q không phải là một giá trị của %[2]s", "%[1]q is not a value of %[2]s")
	// ColRuleYear: %[1]q is the value.
	ColRuleYear = New("năm %[1]q phải là một số, ví dụ 2020", "year %[1]q must be a number, e.g. 2020")
	// ColRuleNone: the rule matches no profile.
	ColRuleNone     = New("điều kiện không khớp với hồ sơ nào", "the rule matches no profile")
	ColRuleNoneHint = New("kiểm tra lại các giá trị trong rule:", "check the values in rule:")
	// ColSlug: %[1]q is the file name.
	ColSlug     = New("tên tệp %[1]q không dùng được làm đường dẫn", "the file name %[1]q cannot be used as a path")
	ColSlugHint = New("đặt tên tệp bằng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ dai-hoi-thi-dua-x-2020.md", "name the file in lower-case ASCII letters, digits and hyphens, e.g. dai-hoi-thi-dua-x-2020.md")
)
