package i18n

// Messages of the profile editor of `guongsang serve` (generator/preview,
// /_guongsang/soan/, and generator/editor): its pages, its form, the
// answers of its endpoints, and the flag that allows it off this machine.
var (
	// FlagAllowEdit is the help of serve's --allow-edit.
	FlagAllowEdit = New("cho phép soạn và lưu hồ sơ từ máy khác khi dùng --bind với địa chỉ không phải 127.0.0.1 (chỉ dùng trong mạng tin cậy)",
		"allow editing and saving profiles from other machines when --bind is not a loopback address (trusted networks only)")
	// EditorAt: %[1]s the editor's address.
	EditorAt = New("soạn hồ sơ tại %[1]s", "edit profiles at %[1]s")
	// EditorOff: %[1]s the --bind address.
	EditorOff = New("trình soạn hồ sơ đang tắt: bản xem trước mở cho các máy khác (--bind %[1]s), mà ai vào được trang cũng sửa được hồ sơ; muốn soạn từ máy khác trong mạng tin cậy, chạy lại với --allow-edit",
		"the profile editor is off: the preview is open to other machines (--bind %[1]s), and anyone who reaches it could change profiles; to edit from other machines on a trusted network, run again with --allow-edit")

	EditNotYAML = New("phần đầu của hồ sơ này không viết bằng YAML giữa hai dòng ---, nên trình soạn không sửa được; hãy sửa tệp bằng trình soạn văn bản",
		"this profile's front matter is not YAML between two --- lines, so the editor cannot change it; edit the file in a text editor")
	// EditYAMLBroken: %[1]s the file, %[2]s the problem.
	EditYAMLBroken = New("không đọc được phần đầu của %[1]s (%[2]s); hãy sửa tệp bằng trình soạn văn bản, hoặc xem lỗi trong danh sách",
		"cannot read the front matter of %[1]s (%[2]s); fix the file in a text editor, or see the problems in the list")
	// EditNotFound: %[1]s the file.
	EditNotFound = New("không thấy hồ sơ %[1]s: có thể tệp vừa bị xoá hoặc đổi tên; quay lại danh sách để mở lại",
		"profile %[1]s not found: the file may just have been deleted or renamed; go back to the list and open it again")
	EditBadRequest = New("yêu cầu không đúng dạng mà trình soạn gửi; tải lại trang rồi thử lại", "the request is not what the editor sends; reload the page and try again")
	EditNoTitle    = New("chưa có tên: nhập tên cá nhân hoặc tập thể trước khi lưu, tên tệp được đặt theo tên này",
		"no title yet: type the person's or collective's name before saving; the file is named after it")
	// EditExists: %[1]s the file that exists.
	EditExists = New("đã có hồ sơ %[1]s với tên này; mở hồ sơ đó để sửa, hoặc đặt tên khác (ví dụ thêm tên xã)",
		"a profile %[1]s with this name exists; open it to edit, or choose another title (add the commune, say)")
	// EditPublishBlocked: %[1]s the number of errors.
	EditPublishBlocked = New("chưa đăng được: còn %[1]s lỗi (đánh dấu đỏ bên cạnh từng ô); sửa các lỗi, hoặc bật \"Bản nháp\" để lưu tạm",
		"cannot publish yet: %[1]s error(s) remain (marked in red beside each field); fix them, or turn on \"Draft\" to save for now")
	EditConflict = New("tệp này vừa được sửa ở nơi khác sau khi bạn mở nó; chọn giữ bản nào, không bản nào bị mất",
		"this file was changed elsewhere after you opened it; choose which to keep, neither is lost")
	// EditWriteFailed: %[1]s the file, %[2]s the cause.
	EditWriteFailed = New("không ghi được %[1]s: %[2]s; kiểm tra ổ đĩa còn chỗ và quyền ghi vào thư mục trang",
		"cannot write %[1]s: %[2]s; check that the disk has room and the site folder can be written")
	// EditNotImage: %[1]s the file name as sent.
	EditNotImage = New("%[1]s không phải ảnh JPEG, PNG, GIF hay WebP nên không được tải lên; chọn tệp ảnh (ảnh chụp, ảnh quét)",
		"%[1]s is not a JPEG, PNG, GIF or WebP image, so it was not uploaded; choose a photo file")
	// EditTooLarge: %[1]s the file name, %[2]d its size in MB, %[3]d the limit in MB.
	EditTooLarge = New("%[1]s nặng %[2]d MB, quá giới hạn %[3]d MB; thu nhỏ ảnh (ví dụ còn 2.000 điểm ảnh chiều ngang) rồi tải lại",
		"%[1]s is %[2]d MB, over the %[3]d MB limit; make the photo smaller (2,000 pixels wide, say) and upload it again")
	EditNoFiles = New("không có tệp nào được gửi lên; kéo ảnh vào khung, hoặc bấm \"Chọn ảnh\"", "no file was sent; drop photos on the box, or press \"Choose photos\"")
	// EditBundleTaken: %[1]s the folder.
	EditBundleTaken = New("không chuyển được hồ sơ thành thư mục vì đã có %[1]s; đổi tên thư mục đó rồi thử lại",
		"cannot turn the profile into a folder because %[1]s exists; rename that folder and try again")
	// EditRestoreTaken: %[1]s the path.
	EditRestoreTaken = New("không khôi phục được vì đã có %[1]s; đổi tên hoặc xoá tệp đó trước", "cannot restore because %[1]s exists; rename or delete it first")
	// EditTrashMissing: %[1]s the entry.
	EditTrashMissing = New("thùng rác không có %[1]s (có thể đã được khôi phục)", "the bin has no %[1]s (it may have been restored already)")
	// EditSameURL: %[1]s the other file, %[2]s the URL.
	EditSameURL = New("hồ sơ %[1]s đã dùng địa chỉ %[2]s; đặt tên khác, hoặc điền \"Địa chỉ trang\" khác",
		"profile %[1]s already uses the address %[2]s; choose another title, or fill in another \"Page address\"")
	// EditSavedCopy: %[1]s where their version was kept.
	EditSavedCopy = New("đã lưu bản của bạn; bản đã sửa ở nơi khác được giữ trong thùng rác (%[1]s)", "your version is saved; the version changed elsewhere is kept in the bin (%[1]s)")

	// Words of the editor's pages.
	EdAppName      = New("Soạn hồ sơ", "Edit profiles")
	EdList         = New("Danh sách hồ sơ", "All profiles")
	EdNew          = New("Hồ sơ mới", "New profile")
	EdEditThis     = New("Sửa hồ sơ này", "Edit this profile")
	EdSearch       = New("Tìm theo tên, đơn vị, tệp…", "Search by name, organisation, file…")
	EdAll          = New("Tất cả", "All")
	EdAllStates    = New("Đã đăng và bản nháp", "Published and drafts")
	EdPublished    = New("Đã đăng", "Published")
	EdDraftBadge   = New("Bản nháp", "Draft")
	EdOnlyProblems = New("Chỉ hồ sơ có lỗi", "Only profiles with problems")
	// EdCount: %[1]s shown, %[2]s all.
	EdCount      = New("%[1]s / %[2]s hồ sơ", "%[1]s of %[2]s profiles")
	EdColTitle   = New("Tên", "Title")
	EdColState   = New("Trạng thái", "State")
	EdColProbs   = New("Lỗi", "Problems")
	EdNoProblem  = New("không có lỗi", "no problem")
	EdErrors     = New("%[1]s lỗi", "%[1]s error(s)")
	EdWarnings   = New("%[1]s cảnh báo", "%[1]s warning(s)")
	EdMore       = New("Xem thêm", "Show more")
	EdTrash      = New("Thùng rác", "Bin")
	EdTrashEmpty = New("Thùng rác trống.", "The bin is empty.")
	EdRestore    = New("Khôi phục", "Restore")
	EdRestored   = New("Đã khôi phục %[1]s", "Restored %[1]s")
	EdLoading    = New("Đang tải…", "Loading…")

	EdFieldTitle        = New("Tên cá nhân hoặc tập thể", "Name of the person or collective")
	EdFieldSummary      = New("Tóm tắt (một hai câu; để trống thì lấy đoạn đầu)", "Summary (a sentence or two; empty uses the first paragraph)")
	EdFieldDate         = New("Ngày", "Date")
	EdFieldAuthor       = New("Người viết", "Author")
	EdFieldOrganization = New("Nơi công tác, hoặc đơn vị chủ quản của tập thể", "Organisation")
	EdFieldSortName     = New("Tên để sắp xếp (để trống thì theo tên)", "Sort name (empty sorts by title)")
	EdFieldPhoto        = New("Ảnh đại diện", "Main photo")
	EdFieldPhotoCaption = New("Chú thích ảnh", "Photo caption")
	EdFieldPhotoCredit  = New("Nguồn ảnh, tác giả ảnh", "Photo credit")
	EdFieldAwards       = New("Khen thưởng", "Awards")
	EdFieldFeatured     = New("Nổi bật trên trang chủ", "Featured on the home page")
	EdFieldDraft        = New("Bản nháp (chưa đăng lên trang)", "Draft (not published)")
	EdFieldSlug         = New("Địa chỉ trang (để trống thì lấy theo tên tệp)", "Page address (empty uses the file name)")
	EdFieldBody         = New("Nội dung", "Body")
	EdAwardTitle        = New("Hình thức khen thưởng", "Award")
	EdAwardYear         = New("Năm", "Year")
	EdAwardIssuer       = New("Cơ quan khen thưởng", "Issued by")
	EdAwardDecision     = New("Số quyết định", "Decision number")
	EdAwardAdd          = New("Thêm khen thưởng", "Add an award")
	EdAwardRemove       = New("Bỏ dòng này", "Remove this row")
	EdChoose            = New("— chọn —", "— choose —")
	EdFilterList        = New("Lọc danh sách…", "Filter the list…")
	EdNoPhoto           = New("(không có ảnh)", "(no photo)")

	EdSave         = New("Lưu", "Save")
	EdSaving       = New("Đang lưu…", "Saving…")
	EdSaved        = New("Đã lưu lúc %[1]s", "Saved at %[1]s")
	EdSavedNew     = New("Đã tạo %[1]s", "Created %[1]s")
	EdView         = New("Xem trang", "View the page")
	EdDelete       = New("Xoá hồ sơ", "Delete profile")
	EdDeleteAsk    = New("Chuyển hồ sơ \"%[1]s\" vào thùng rác? Trang sẽ không còn trên web; có thể khôi phục trong Thùng rác.", "Move the profile \"%[1]s\" to the bin? Its page leaves the site; you can restore it from the Bin.")
	EdDeleted      = New("Đã chuyển \"%[1]s\" vào thùng rác.", "Moved \"%[1]s\" to the bin.")
	EdChecking     = New("Đang kiểm tra…", "Checking…")
	EdAllGood      = New("Không có lỗi.", "No problems.")
	EdHasProblems  = New("Còn %[1]s lỗi, %[2]s cảnh báo.", "%[1]s error(s), %[2]s warning(s).")
	EdPreview      = New("Xem trước", "Preview")
	EdDraftBack    = New("Có nội dung chưa lưu từ lần trước (%[1]s). Khôi phục?", "There are unsaved changes from before (%[1]s). Restore them?")
	EdDraftUse     = New("Khôi phục", "Restore")
	EdDraftDrop    = New("Bỏ đi", "Discard")
	EdConflictTake = New("Tải bản trên đĩa (bản của bạn vẫn giữ trong trình duyệt để khôi phục)", "Load the version on disk (yours stays in this browser to restore)")
	EdConflictMine = New("Lưu bản của tôi, giữ bản kia trong thùng rác", "Save mine, keep the other in the bin")
	EdReadOnly     = New("Chỉ xem: ", "Read only: ")
	EdCancel       = New("Thôi, không xoá", "Cancel")
	EdNetError     = New("Không liên lạc được với guongsang serve (đã tắt?). Nội dung vẫn được giữ trong trình duyệt.", "Cannot reach guongsang serve (stopped?). Your text is kept in this browser.")

	EdToolHeading = New("Tiêu đề", "Heading")
	EdToolBold    = New("Đậm", "Bold")
	EdToolItalic  = New("Nghiêng", "Italic")
	EdToolList    = New("Danh sách", "List")
	EdToolQuote   = New("Trích dẫn", "Quote")
	EdToolLink    = New("Liên kết", "Link")
	EdToolTable   = New("Bảng", "Table")
	EdLinkAsk     = New("Địa chỉ liên kết (https://…):", "Link address (https://…):")
	EdTableCell   = New("Cột", "Column")

	EdMedia      = New("Ảnh của hồ sơ", "Photos of this profile")
	EdMediaDrop  = New("Kéo ảnh vào đây, hoặc", "Drop photos here, or")
	EdMediaPick  = New("Chọn ảnh", "Choose photos")
	EdMediaDir   = New("Thư mục con (không bắt buộc)", "Sub-folder (optional)")
	EdMediaUse   = New("Làm ảnh đại diện", "Use as main photo")
	EdMediaPut   = New("Chèn vào nội dung", "Insert into the body")
	EdMediaNone  = New("Chưa có ảnh nào.", "No photos yet.")
	EdMediaFirst = New("Lưu hồ sơ một lần trước khi thêm ảnh.", "Save the profile once before adding photos.")
	EdUploading  = New("Đang tải lên…", "Uploading…")
	// EdUploaded: %[1]s the number of files.
	EdUploaded = New("Đã tải lên %[1]s ảnh.", "%[1]s photo(s) uploaded.")
	EdLimit    = New("Mỗi ảnh tối đa %[1]d MB; JPEG, PNG, GIF hoặc WebP.", "Up to %[1]d MB per photo; JPEG, PNG, GIF or WebP.")
)
