package i18n

// Messages of the release builds: `guongsang version`, the start with no
// arguments (a double-click on guongsang.exe or on the macOS binary), and
// the output stage's retries when another program holds a file open.
var (
	// VersionCommit, VersionDate and VersionGo label the lines after
	// "guongsang VERSION"; the labels are padded to one width per
	// language.
	VersionCommit = New("  mã nguồn (commit): %s", "  commit:     %s")
	VersionDate   = New("  ngày dựng:         %s", "  built:      %s")
	VersionGo     = New("  Go:                %s", "  Go:         %s")
	// VersionUnknown stands for a commit or date an unstamped build
	// does not know.
	VersionUnknown = New("không rõ", "unknown")
	// VersionModified follows a commit built from a working tree with
	// uncommitted changes.
	VersionModified = New("%s (có thay đổi chưa commit)", "%s (with uncommitted changes)")

	// StartIntro is the first thing a writer reads after double-clicking
	// guongsang outside a site: %[1]s is the folder it was started in.
	StartIntro = New(`guongsang — chương trình làm trang web "Gương sáng"

Chương trình này dựng trang web giới thiệu các gương người tốt, việc tốt,
điển hình tiên tiến: mỗi hồ sơ là một tệp văn bản (.md) bạn viết bằng
Notepad hay bất kỳ trình soạn thảo nào; guongsang kiểm tra từng tệp, chỉ rõ
lỗi ở dòng nào và cách sửa, rồi dựng trang để xem trước và để đăng.

Thư mục đang mở (%[1]s) chưa phải là một trang: trong đó không có tệp
site.yaml.
`, `guongsang — the "Gương sáng" website maker

This program builds a website of exemplary people and collectives: each
profile is a text file (.md) you write in Notepad or any editor; guongsang
checks every file, says which line is wrong and how to fix it, and builds
the site to preview and to publish.

The folder it was started in (%[1]s) is not a site: it holds no site.yaml
file.
`)
	// StartMenu offers the choices; the answer is read from the keyboard.
	StartMenu = New(`
Bạn muốn làm gì?
  1. Tạo một trang mới
  2. Mở một trang đã có (thư mục chứa tệp site.yaml)
  3. Thoát
Gõ 1, 2 hoặc 3 rồi nhấn Enter: `, `
What would you like to do?
  1. Create a new site
  2. Open an existing site (a folder holding site.yaml)
  3. Quit
Type 1, 2 or 3, then press Enter: `)
	// StartMenuAgain answers anything but 1, 2 or 3: %[1]s is what was
	// typed.
	StartMenuAgain = New("«%[1]s» không phải là một lựa chọn. Gõ 1, 2 hoặc 3 rồi nhấn Enter: ",
		"“%[1]s” is not a choice. Type 1, 2 or 3, then press Enter: ")
	// StartWhere asks where to create the new site: %[1]s is the default.
	StartWhere = New(`
Tạo trang mới ở thư mục nào?
Nhấn Enter để dùng: %[1]s
hoặc gõ (hay kéo thả vào đây) một thư mục khác rồi nhấn Enter: `, `
Where should the new site go?
Press Enter for: %[1]s
or type (or drag here) another folder, then press Enter: `)
	// StartNotEmpty refuses a folder that already holds files: %[1]s is
	// the folder.
	StartNotEmpty = New("Thư mục %[1]s đã có tệp bên trong; trang mới cần một thư mục mới hoặc trống. Gõ tên một thư mục khác rồi nhấn Enter: ",
		"The folder %[1]s already holds files; a new site needs a new or empty folder. Type another folder, then press Enter: ")
	// StartCreated follows a new site: %[1]s is its folder.
	StartCreated = New(`
Đã tạo trang mới trong %[1]s:
  site.yaml: cấu hình và danh sách lĩnh vực, địa bàn, tiêu chí;
  content/ho-so/vi-du-guong-sang.md: một hồ sơ mẫu, chép ra để viết hồ sơ mới.
`, `
Created a new site in %[1]s:
  site.yaml: the configuration and the lists of fields, districts, criteria;
  content/ho-so/vi-du-guong-sang.md: an example profile, copy it to write a new one.
`)
	// StartCannotCreate explains why the site could not be created:
	// %[1]s is the folder, %[2]s the cause.
	StartCannotCreate = New("Không tạo được trang trong %[1]s: %[2]s. Gõ tên một thư mục khác rồi nhấn Enter: ",
		"Cannot create the site in %[1]s: %[2]s. Type another folder, then press Enter: ")
	// StartOpenWhich asks for an existing site's folder.
	StartOpenWhich = New(`
Gõ (hoặc kéo thả vào đây) thư mục của trang — thư mục chứa tệp site.yaml —
rồi nhấn Enter: `, `
Type (or drag here) the site's folder — the folder holding site.yaml —
then press Enter: `)
	// StartNoSite refuses a folder without site.yaml: %[1]s is the folder.
	StartNoSite = New("Trong %[1]s không có tệp site.yaml, nên đó chưa phải là một trang. Gõ thư mục khác (hoặc để trống rồi nhấn Enter để quay lại): ",
		"%[1]s holds no site.yaml, so it is not a site. Type another folder (or press Enter to go back): ")
	// StartPreview says what happens next, before the preview starts:
	// %[1]s is the site's folder.
	StartPreview = New(`
Đang mở trang %[1]s để xem trước. Trình duyệt sẽ tự mở; mỗi lần bạn lưu
một tệp, trang tự cập nhật. Để dừng, đóng cửa sổ này hoặc nhấn Ctrl+C.
`, `
Opening the site %[1]s for preview. The browser opens by itself; every
time you save a file the page updates. To stop, close this window or press
Ctrl+C.
`)
	// StartPressEnter keeps a window Windows opened for a double-click
	// until the writer has read it.
	StartPressEnter = New("\nNhấn Enter để đóng cửa sổ này.", "\nPress Enter to close this window.")
	// StartNoDefault is shown when there is no Documents or home folder
	// to suggest.
	StartNoDefault = New("(không tìm thấy thư mục Tài liệu)", "(no Documents folder found)")

	// OutBusy ends the retries of a rename or a removal that another
	// program kept failing: %[1]s is the file or folder, %[2]s the
	// system's reason.
	OutBusy = New("không xoá hoặc đổi tên được %[1]s vì một chương trình khác đang mở nó (%[2]s); "+
		"thường là phần mềm diệt virus, Windows Search, File Explorer hay một trình soạn thảo đang mở tệp trong đó: "+
		"đợi một lát hoặc đóng chương trình đó rồi chạy lại",
		"cannot remove or rename %[1]s because another program holds it open (%[2]s); "+
			"usually an antivirus, Windows Search, File Explorer or an editor with a file in it open: "+
			"wait a moment or close that program, then run again")
)
