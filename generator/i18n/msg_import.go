package i18n

// Messages of `guongsang import`: reading a list of honourees from a
// spreadsheet, a Word report into a profile, and what the command prints.
var (
	// Where a problem is. %[1]s file, %[2]s sheet, %[3]d row, %[4]s column letter, %[5]s column head.
	ImportAtSheetCol = New("%[1]s, trang «%[2]s», dòng %[3]d, cột %[4]s («%[5]s»)", "%[1]s, sheet \"%[2]s\", row %[3]d, column %[4]s (\"%[5]s\")")
	ImportAtSheet    = New("%[1]s, trang «%[2]s», dòng %[3]d", "%[1]s, sheet \"%[2]s\", row %[3]d")
	ImportAtCol      = New("%[1]s, dòng %[2]d, cột %[3]s («%[4]s»)", "%[1]s, line %[2]d, column %[3]s (\"%[4]s\")")
	ImportAt         = New("%[1]s, dòng %[2]d", "%[1]s, line %[2]d")

	// What a column is read as (the field), shown in the mapping and in problems.
	ImportFieldSTT          = New("số thứ tự (bỏ qua)", "row number (ignored)")
	ImportFieldTitle        = New("tên (họ tên hoặc tên tập thể)", "name (person or collective)")
	ImportFieldKind         = New("loại (cá nhân hay tập thể)", "kind (individual or collective)")
	ImportFieldPosition     = New("chức vụ (ghi vào đơn vị)", "position (goes into organization)")
	ImportFieldOrganization = New("đơn vị công tác", "organization")
	ImportFieldCommune      = New("xã/phường (ghi vào đơn vị)", "commune (goes into organization)")
	ImportFieldDistrict     = New("địa bàn (huyện, thị xã, thành phố)", "district")
	ImportFieldCategory     = New("lĩnh vực", "category")
	ImportFieldCriteria     = New("tiêu chí", "criteria")
	ImportFieldYear         = New("năm", "year")
	ImportFieldSummary      = New("tóm tắt", "summary")
	ImportFieldBody         = New("thành tích (nội dung hồ sơ)", "achievements (the profile's body)")
	ImportFieldAward        = New("hình thức khen thưởng", "award")
	ImportFieldAwardYear    = New("năm khen thưởng", "award year")
	ImportFieldIssuer       = New("cấp khen", "award issuer")
	ImportFieldDecision     = New("số quyết định", "decision number")
	ImportFieldDecisionDate = New("ngày quyết định", "decision date")
	ImportFieldDate         = New("ngày đăng", "date")
	ImportFieldAuthor       = New("người viết", "author")
	ImportFieldSortName     = New("tên dùng để sắp xếp", "sort name")
	ImportFieldIgnore       = New("bỏ qua", "ignored")

	// Reading the file.
	ImportNotXLSX = New("không đọc được tệp Excel này; mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng «Sổ làm việc Excel (.xlsx)»",
		"cannot read this Excel file; open it in Excel or LibreOffice and save it again as \"Excel Workbook (.xlsx)\"")
	ImportNoSheet    = New("không có trang tính «%[1]s»; các trang trong tệp: %[2]s", "there is no sheet \"%[1]s\"; the file's sheets: %[2]s")
	ImportCSVNotUTF8 = New("tệp CSV không ở bảng mã UTF-8, dấu tiếng Việt sẽ bị hỏng; trong Excel chọn Lưu thành → «CSV UTF-8 (phân tách bằng dấu phẩy)»",
		"the CSV file is not UTF-8, Vietnamese marks would be garbled; in Excel choose Save As → \"CSV UTF-8 (Comma delimited)\"")
	ImportCSVBroken = New("tệp CSV hỏng ở dòng %[1]d (dấu ngoặc kép không đóng); mở tệp bằng Excel và lưu lại", "the CSV file is broken at line %[1]d (a quote is never closed); open it in Excel and save it again")
	ImportXLS       = New("%[1]s là tệp Excel đời cũ (.xls); mở bằng Excel hoặc LibreOffice, chọn Lưu thành → «Sổ làm việc Excel (.xlsx)», rồi nhập tệp .xlsx",
		"%[1]s is an old Excel file (.xls); open it in Excel or LibreOffice, choose Save As → \"Excel Workbook (.xlsx)\", then import the .xlsx")
	ImportUnknownFormat = New("không nhập được %[1]s: chỉ nhận bảng tính .xlsx, .csv và báo cáo Word .docx", "cannot import %[1]s: only .xlsx and .csv spreadsheets and .docx Word reports are read")
	ImportSheetNoList   = New("bỏ qua trang «%[1]s»: không thấy dòng tiêu đề cột (Họ và tên, Huyện, Lĩnh vực…)", "sheet \"%[1]s\" left out: no row of column heads (Họ và tên, Huyện, Lĩnh vực…)")
	ImportNoHeader      = New("%[1]s: không thấy dòng tiêu đề cột trong %[2]d dòng đầu; cần một dòng có cột «Họ và tên» (hoặc «Tên tập thể») và các cột như «Huyện», «Lĩnh vực», «Năm»",
		"%[1]s: no row of column heads in the first %[2]d rows; one row must have a column \"Họ và tên\" (or \"Tên tập thể\") and columns such as \"Huyện\", \"Lĩnh vực\", \"Năm\"")
	ImportMapSyntax = New("--map \"%[1]s\": viết dạng «tên cột=mục», ví dụ --map \"Địa phương=district\"", "--map \"%[1]s\": write it as \"column=field\", e.g. --map \"Địa phương=district\"")
	ImportMapField  = New("--map: không có mục \"%[1]s\"; các mục: %[2]s", "--map: there is no field \"%[1]s\"; the fields are: %[2]s")
	ImportMapUnused = New("--map \"%[1]s\": không có cột nào tên như vậy trong tệp", "--map \"%[1]s\": no column of the file has that name")

	// A sheet or a row that cannot be imported.
	ImportNoColumn         = New("trang này không có cột %[1]s, nên không nhập được dòng nào", "this sheet has no column for %[1]s, so no row can be imported")
	ImportNoColumnHint     = New("thêm cột đó vào bảng, hoặc chỉ ra cột nào chứa nó: --map \"Tên cột=%[1]s\"", "add that column, or say which column holds it: --map \"Column=%[1]s\"")
	ImportEmptyCell        = New("ô trống: hồ sơ cần có %[1]s", "empty cell: a profile needs a %[1]s")
	ImportEmptyCellHint    = New("điền %[1]s cho dòng này rồi nhập lại tệp; các dòng đã nhập sẽ được bỏ qua", "fill in the %[1]s for this row and import the file again; rows already imported are skipped")
	ImportEmptyTitleHint   = New("ghi họ tên cá nhân hoặc tên tập thể, hoặc xóa dòng này", "write the person's or collective's name, or delete the row")
	ImportNotKind          = New("«%[1]s» không phải là loại hồ sơ", "\"%[1]s\" is not a kind")
	ImportNotKindHint      = New("ghi «Cá nhân» hoặc «Tập thể»", "write \"Cá nhân\" (individual) or \"Tập thể\" (collective)")
	ImportNoKind           = New("không rõ dòng này là cá nhân hay tập thể", "cannot tell whether this row is an individual or a collective")
	ImportNoKindHint       = New("thêm cột «Loại» ghi «Cá nhân» hoặc «Tập thể», hoặc đặt tên trang tính (hay dòng tiêu đề phía trên bảng) có chữ «cá nhân» hoặc «tập thể»", "add a column \"Loại\" holding \"Cá nhân\" or \"Tập thể\", or name the sheet (or the title above the table) with \"cá nhân\" or \"tập thể\"")
	ImportUnknownTerm      = New("«%[1]s» không có trong danh sách %[2]s của site.yaml (mục %[3]s)", "\"%[1]s\" is not in site.yaml's %[3]s (%[2]s)")
	ImportUnknownTermHint  = New("sửa ô này theo một tên trong danh sách %[1]s của site.yaml, hoặc thêm tên này vào đó làm «aliases», rồi nhập lại tệp", "write a name from site.yaml's %[1]s list, or add this one there as an alias, then import the file again")
	ImportDidYouMean       = New("có phải «%[1]s» (%[2]s) không? Sửa ô này rồi nhập lại tệp; các dòng đã nhập sẽ được bỏ qua", "did you mean \"%[1]s\" (%[2]s)? Correct the cell and import the file again; rows already imported are skipped")
	ImportNotDate          = New("«%[1]s» không phải là ngày", "\"%[1]s\" is not a date")
	ImportNotDateHint      = New("ghi ngày/tháng/năm, ví dụ 15/03/2020, hoặc định dạng ô là Ngày trong Excel", "write day/month/year, e.g. 15/03/2020, or format the cell as a Date in Excel")
	ImportNotYear          = New("«%[1]s» không phải là năm", "\"%[1]s\" is not a year")
	ImportNotYearHint      = New("ghi năm bằng số, ví dụ 2020", "write the year in digits, e.g. 2020")
	ImportYearRange        = New("năm %[1]d không nằm trong khoảng 1945–%[2]d", "the year %[1]d is outside 1945–%[2]d")
	ImportNoAwardHint      = New("có số quyết định hoặc cấp khen nhưng thiếu hình thức khen thưởng; ghi ví dụ «Bằng khen của Chủ tịch UBND tỉnh»", "there is a decision or an issuer but no award; write e.g. \"Bằng khen của Chủ tịch UBND tỉnh\"")
	ImportExists           = New("đã có hồ sơ %[1]s (cùng tên, năm và địa bàn)", "%[1]s already exists (same name, year and district)")
	ImportExistsHint       = New("dòng này được bỏ qua, hồ sơ đã có giữ nguyên", "the row is skipped; the existing profile is unchanged")
	ImportDuplicateRow     = New("trùng với dòng %[1]d (cùng tên, năm và địa bàn)", "same as row %[1]d (same name, year and district)")
	ImportDuplicateRowHint = New("dòng này được bỏ qua; nếu là hai người khác nhau, sửa tên cho khác rồi nhập lại", "the row is skipped; if these are two different people, make the names differ and import again")
	ImportSlugTaken        = New("hồ sơ %[1]s đã dùng địa chỉ %[2]s", "%[1]s already uses the address %[2]s")
	ImportSlugTakenRow     = New("dòng %[1]d đã dùng địa chỉ %[2]s", "row %[1]d already uses the address %[2]s")
	ImportSlugTakenHint    = New("dòng này được bỏ qua; nếu là người khác, ghi thêm để phân biệt vào tên (ví dụ tên đơn vị) rồi nhập lại", "the row is skipped; if this is someone else, add something to the name that tells them apart and import again")
	ImportWriteFailed      = New("không ghi được %[1]s: %[2]v", "cannot write %[1]s: %[2]v")

	// The comment at the top of a draft: where it came from.
	ImportSourceCSV = New("nhập từ %[1]s, dòng %[2]d", "imported from %[1]s, row %[2]d")
	ImportSource    = New("nhập từ %[1]s, trang %[2]s, dòng %[3]d", "imported from %[1]s, sheet %[2]s, row %[3]d")
)

// Messages of importing a Word report.
var (
	ImportNotDocx    = New("không đọc được tệp Word này; mở bằng Word hoặc LibreOffice và lưu lại dạng «Tài liệu Word (.docx)»", "cannot read this Word file; open it in Word or LibreOffice and save it again as \"Word Document (.docx)\"")
	ImportDocxTooBig = New("phần %[1]s của tệp Word quá lớn (hơn 64 MB)", "part %[1]s of the Word file is too large (over 64 MB)")
	// ImportImageAlt is the description of a picture that has none: %[1]d is its number.
	ImportImageAlt = New("Ảnh %[1]d", "Picture %[1]d")
)

// Messages of putting a Word report into a profile.
var (
	ImportDocxEmpty        = New("%[1]s không có nội dung nào để nhập", "%[1]s has no text to import")
	ImportNoFrontMatter    = New("%[1]s không có phần đầu tệp (giữa hai dòng ---); kiểm tra tệp bằng guongsang check", "%[1]s has no front matter (between two --- lines); check it with guongsang check")
	ImportBodyNotEmpty     = New("%[1]s đã có nội dung; để giữ nguyên, chưa nhập gì. Thêm --append để ghi báo cáo vào sau nội dung đó", "%[1]s already has a body; nothing was imported, to keep it. Add --append to add the report after it")
	ImportBundleExists     = New("báo cáo có ảnh nên %[1]s phải thành thư mục %[2]s/index.md, nhưng thư mục %[2]s đã có; chuyển %[1]s vào đó thành index.md rồi nhập lại", "the report has pictures, so %[1]s must become %[2]s/index.md, but the folder %[2]s exists; move %[1]s into it as index.md and import again")
	ImportProfileChanged   = New("%[1]s vừa bị sửa trong lúc nhập; chưa ghi gì, hãy nhập lại", "%[1]s changed while importing; nothing was written, import again")
	ImportReportExists     = New("đã có hồ sơ %[1]s; để ghi báo cáo vào đó, dùng --profile %[1]s", "%[1]s already exists; to put the report into it, use --profile %[1]s")
	ImportProfileNotInSite = New("không thấy hồ sơ %[1]s trong trang %[2]s", "there is no profile %[1]s in the site %[2]s")
)

// Messages of the command `guongsang import`.
var (
	ImportSynopsis = New("import TỆP [--site THƯ-MỤC] [--sheet TÊN] [--map \"cột=mục\" …] [--dry-run]\n       guongsang import BÁO-CÁO.docx (--profile content/ho-so/x.md [--append] | --kind … --district … --category … --year … [--title \"…\"])",
		"import FILE [--site DIR] [--sheet NAME] [--map \"column=field\" …] [--dry-run]\n       guongsang import REPORT.docx (--profile content/ho-so/x.md [--append] | --kind … --district … --category … --year … [--title \"…\"])")
	ImportExamples = New("  guongsang import danh-sach-khen-thuong.xlsx --dry-run\n  guongsang import danh-sach-khen-thuong.xlsx\n  guongsang import danh-sach.csv --map \"Địa phương=district\" --map \"Ghi chú=-\"\n  guongsang import bao-cao-thanh-tich.docx --profile content/ho-so/siu-h-lan.md\n  guongsang import bao-cao.docx --kind \"tập thể\" --district \"Đak Đoa\" --category \"Y tế\" --year 2020 --title \"Trạm Y tế xã Hà Bầu\"\n",
		"  guongsang import danh-sach-khen-thuong.xlsx --dry-run\n  guongsang import danh-sach-khen-thuong.xlsx\n  guongsang import danh-sach.csv --map \"Địa phương=district\" --map \"Ghi chú=-\"\n  guongsang import bao-cao-thanh-tich.docx --profile content/ho-so/siu-h-lan.md\n  guongsang import bao-cao.docx --kind collective --district dak-doa --category y-te --year 2020 --title \"Trạm Y tế xã Hà Bầu\"\n")
	ImportFlagSite     = New("thư mục trang (có site.yaml và content/)", "the site folder (holds site.yaml and content/)")
	ImportFlagSheet    = New("chỉ nhập trang tính này của tệp Excel", "import only this sheet of the workbook")
	ImportFlagMap      = New("chỉ rõ cột nào là mục nào: \"tên cột=mục\" hoặc \"C=district\"; \"cột=-\" để bỏ qua; dùng nhiều lần được", "say which column is which field: \"column=field\" or \"C=district\"; \"column=-\" ignores it; may be repeated")
	ImportFlagDryRun   = New("chỉ in ra những gì sẽ ghi, không ghi tệp nào", "print what would be written, write nothing")
	ImportFlagProfile  = New("(báo cáo .docx) hồ sơ nhận nội dung báo cáo", "(.docx report) the profile that receives the report")
	ImportFlagAppend   = New("(báo cáo .docx) ghi vào sau nội dung hồ sơ đã có", "(.docx report) add after the profile's existing body")
	ImportFlagTitle    = New("(báo cáo .docx, hồ sơ mới) tên; mặc định lấy tiêu đề của báo cáo", "(.docx report, new profile) the title; default: the report's title")
	ImportFlagKind     = New("(báo cáo .docx, hồ sơ mới) cá nhân hoặc tập thể", "(.docx report, new profile) individual or collective")
	ImportFlagDistrict = New("(báo cáo .docx, hồ sơ mới) địa bàn", "(.docx report, new profile) district")
	ImportFlagCategory = New("(báo cáo .docx, hồ sơ mới) lĩnh vực", "(.docx report, new profile) category")
	ImportFlagYear     = New("(báo cáo .docx, hồ sơ mới) năm", "(.docx report, new profile) year")

	ImportUsageFile       = New("import: cho biết một tệp cần nhập: guongsang import danh-sach.xlsx", "import: give one file to import: guongsang import list.xlsx")
	ImportBadYearFlag     = New("import: --year «%[1]s» không phải là năm", "import: --year \"%[1]s\" is not a year")
	ImportDocxNeeds       = New("import: cho biết hồ sơ nhận báo cáo (--profile content/ho-so/x.md), hoặc tạo hồ sơ mới với --kind, --district, --category và --year", "import: say which profile receives the report (--profile content/ho-so/x.md), or make a new one with --kind, --district, --category and --year")
	ImportProfileOnlyDocx = New("import: --profile và --append chỉ dùng khi nhập báo cáo Word (.docx)", "import: --profile and --append are only for Word reports (.docx)")

	ImportMapping      = New("Trang «%[1]s», tiêu đề cột ở dòng %[2]d:", "Sheet \"%[1]s\", column heads in row %[2]d:")
	ImportMappingCSV   = New("%[1]s, tiêu đề cột ở dòng %[2]d:", "%[1]s, column heads in row %[2]d:")
	ImportUnusedColumn = New("  %[1]s «%[2]s» → không dùng (chỉ rõ bằng --map \"%[2]s=mục\" nếu cần)", "  %[1]s \"%[2]s\" → not used (use --map \"%[2]s=field\" if it should be)")
	ImportWrote        = New("đã tạo %[1]s (dòng %[2]d)", "wrote %[1]s (row %[2]d)")
	ImportWouldWrite   = New("sẽ tạo %[1]s:", "would write %[1]s:")
	ImportSummary      = New("Đã tạo %[1]s bản nháp, bỏ qua %[2]s dòng đã có hồ sơ, %[3]s dòng cần sửa. Bản nháp có draft: true cho đến khi bạn duyệt.", "Wrote %[1]s drafts, skipped %[2]s rows that have a profile, %[3]s rows to correct. Drafts stay draft: true until you review them.")
	ImportSummaryDry   = New("Thử (--dry-run), chưa ghi gì: sẽ tạo %[1]s bản nháp, bỏ qua %[2]s dòng đã có hồ sơ, %[3]s dòng cần sửa.", "Dry run, nothing written: would write %[1]s drafts, skip %[2]s rows that have a profile, %[3]s rows to correct.")
	ImportWroteReport  = New("đã ghi báo cáo vào %[1]s", "wrote the report into %[1]s")
	ImportMovedBundle  = New("%[1]s đã chuyển thành %[2]s để đặt ảnh bên cạnh (địa chỉ trang không đổi)", "%[1]s became %[2]s, to keep the pictures beside it (its address is unchanged)")
	ImportSavedImage   = New("đã lưu ảnh %[1]s", "saved picture %[1]s")
)
