package i18n

// Messages of browse dimensions declared in site.yaml (generator/config),
// of profiles' values for them (generator/content), of places with
// history and of collections.
var (
	DimListHint = New(`viết mỗi chiều phân loại thành một mục "- key: …", ví dụ "- {key: dan-toc, name: "Dân tộc", multiple: true, terms: […]}"`,
		`write one "- key: …" item per dimension, e.g. "- {key: dan-toc, name: "Dân tộc", multiple: true, terms: […]}"`)
	DimPosition = New("phải là true, false hoặc một số thứ tự (1, 2, 3…)", "must be true, false or a position (1, 2, 3…)")
	// DimPositionHint: %[1]s is the setting (card, filter, stats, data).
	DimPositionHint = New("ví dụ: %[1]s: 2 (hiện ở vị trí thứ hai), hoặc %[1]s: false (không hiện)", "e.g. %[1]s: 2 (shown second), or %[1]s: false (not shown)")
	// DimFieldTaken: %[1]q is the field.
	DimFieldTaken     = New("trường %[1]q đã là một trường sẵn có của hồ sơ", "field %[1]q is already a built-in field of profiles")
	DimFieldTakenHint = New("đặt tên trường khác cho chiều này, ví dụ field: dan_toc", "give this dimension another field, e.g. field: dan_toc")
	// DimFieldTwice: %[1]q is the field, %[2]d the line of its first use.
	DimFieldTwice = New("trường %[1]q đã được chiều ở dòng %[2]d dùng", "field %[1]q is already used by the dimension on line %[2]d")
	DimNameHint   = New(`ví dụ: name: "Dân tộc"`, `e.g. name: "Dân tộc"`)
	// DimHeading: %[1]q is the heading pattern.
	DimHeading     = New("tiêu đề %[1]q phải có đúng một chỗ %%s để điền tên mục", "heading %[1]q must hold exactly one %%s for the term's name")
	DimHeadingHint = New(`ví dụ: heading: "Gương sáng huyện %%s"`, `e.g. heading: "Gương sáng huyện %%s"`)
	// DimPath: %[1]q is the path.
	DimPath = New("đường dẫn %[1]q chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang", "path %[1]q must be lower-case ASCII letters, digits and hyphens")
	// DimPathTaken: %[1]q is the path.
	DimPathTaken     = New("đường dẫn %[1]q đã là một trang có sẵn của trang web", "path %[1]q is already a page of the site")
	DimPathTakenHint = New("chọn đường dẫn khác, ví dụ path: dan-toc", "choose another path, e.g. path: dan-toc")
	// DimPathTwice: %[1]q is the path, %[2]d the line of its first use.
	DimPathTwice = New("đường dẫn %[1]q đã được chiều ở dòng %[2]d dùng", "path %[1]q is already used by the dimension on line %[2]d")
	// DimColumn: %[1]q is the column.
	DimColumn     = New("cột %[1]q trùng với một cột có sẵn của chỉ mục tìm kiếm", "column %[1]q is one of the search index's own columns")
	DimColumnHint = New("bỏ dòng column để dùng key của chiều, hoặc chọn chữ khác", "leave column out to use the dimension's key, or choose another")
	// DimColumnTwice: %[1]q is the column, %[2]d the line of its first use.
	DimColumnTwice  = New("cột %[1]q đã được chiều ở dòng %[2]d dùng", "column %[1]q is already used by the dimension on line %[2]d")
	DimYearTwice    = New("chỉ được có một chiều kiểu năm (type: year)", "only one dimension may be of type year")
	DimYearMultiple = New("chiều kiểu năm chỉ có một giá trị cho mỗi hồ sơ", "a year dimension has one value per profile")
	DimYearTerms    = New("chiều kiểu năm lấy các năm từ hồ sơ; danh sách terms bị bỏ qua", "a year dimension takes its years from the profiles; terms are ignored")
	// DimType: %[1]q is what was written.
	DimType     = New("kiểu %[1]q không có", "unknown type %[1]q")
	DimTypeHint = New("dùng type: terms (danh sách mục, mặc định) hoặc type: year (năm)", "use type: terms (a list of terms, the default) or type: year")
	// DimLinkUnknown: %[1]q is the name written.
	DimLinkUnknown     = New("không tìm thấy %[1]q ở chiều phân loại nào khác (hoặc có ở nhiều chiều)", "%[1]q is not a term of exactly one other dimension")
	DimLinkUnknownHint = New("ghi key hoặc tên của một mục ở chiều khác, ví dụ now_part_of: [ia-ly, ia-ka]", "write the key or name of a term of another dimension, e.g. now_part_of: [ia-ly, ia-ka]")
	// DimDate: %[1]q is what was written.
	DimDate = New("%[1]q không phải là ngày", "%[1]q is not a date")
	// DimDateHint: %[1]s is the field (since, until).
	DimDateHint             = New("viết ngày dạng năm-tháng-ngày, ví dụ %[1]s: 2025-06-30", "write the date as year-month-day, e.g. %[1]s: 2025-06-30")
	DimUntilBeforeSince     = New("ngày kết thúc (until) trước ngày bắt đầu (since)", "until is before since")
	DimUntilBeforeSinceHint = New("kiểm tra lại hai ngày", "check both dates")
	DimListIgnored          = New("đã có khối dimensions, nên danh sách này bị bỏ qua", "the dimensions block is used, so this list is ignored")
	// DimListIgnoredHint: %[1]s is the list.
	DimListIgnoredHint = New("chuyển các mục của %[1]s vào terms của chiều tương ứng trong dimensions", "move the terms of %[1]s into the terms of their dimension")

	// DimListEmpty: a multi-valued dimension with an empty list.
	DimListEmpty = New("không được để trống", "must not be empty")
	// DimListEmptyHint: %[1]s is the dimension's label, lower case.
	DimListEmptyHint = New("liệt kê ít nhất một %[1]s có trong site.yaml", "list at least one %[1]s from site.yaml")
	// DimFormerTerm: %[1]s is the term, %[2]s its end date, %[3]d the profile's year.
	DimFormerTerm = New("%[1]s chỉ tồn tại đến ngày %[2]s, nhưng hồ sơ thuộc năm %[3]d", "%[1]s existed until %[2]s, but the profile is of %[3]d")
	// DimFormerTermHint: %[1]s lists the terms that cover it now.
	DimFormerTermHint = New("nếu hồ sơ là của năm sau, hãy ghi đơn vị hiện nay: %[1]s", "if the profile is of a later year, write the unit of today: %[1]s")
	// DimNewTerm: %[1]s is the term, %[2]s its start date, %[3]d the profile's year.
	DimNewTerm = New("%[1]s chỉ có từ ngày %[2]s, nhưng hồ sơ thuộc năm %[3]d", "%[1]s exists from %[2]s, but the profile is of %[3]d")
	// DimNewTermHint: %[1]s lists the terms it was formed from.
	DimNewTermHint = New("nếu hồ sơ là của năm trước, hãy ghi đơn vị khi đó: %[1]s", "if the profile is of an earlier year, write the unit of that time: %[1]s")
)
