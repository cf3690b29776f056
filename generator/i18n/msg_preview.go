package i18n

// Messages of the preview (generator/preview): the terminal lines of
// `guongsang serve` and the words of the error overlay in the browser.
var (
	// PreviewErrorsOverlay: %[1]s errors; the browser shows them.
	PreviewErrorsOverlay = New("%[1]s lỗi; trình duyệt hiện các lỗi này cho đến khi được sửa (%[2]s)", "%[1]s error(s); the browser shows them until they are fixed (%[2]s)")
	// PreviewErrorsKept: %[1]s errors; the last good build is served.
	PreviewErrorsKept = New("%[1]s lỗi; vẫn đang hiện bản dựng tốt gần nhất (%[2]s)", "%[1]s error(s); still serving the last good build (%[2]s)")
	// PreviewBuilt: %[1]s profiles, %[2]s drafts, %[3]s pages, %[4]s files, %[5]s time.
	PreviewBuilt = New("đã dựng %[1]s hồ sơ (%[2]s bản nháp), %[3]s trang, %[4]s tệp trong %[5]s", "built %[1]s profile(s) (%[2]s draft(s)), %[3]s page(s), %[4]s file(s) in %[5]s")
	// PreviewRebuilt: %[1]s read, %[2]s pages, %[3]s files written, %[4]s removed, %[5]s time.
	PreviewRebuilt = New("đọc %[1]s hồ sơ, ghi %[2]s trang và %[3]s tệp, xoá %[4]s tệp trong %[5]s", "%[1]s profile(s) read, %[2]s page(s) and %[3]s file(s) written, %[4]s removed in %[5]s")
	// PreviewOpenPages: %[1]s the time the open pages were ready in.
	PreviewOpenPages = New(" (trang đang mở xong trong %[1]s)", " (open pages in %[1]s)")
	PreviewAllFiles  = New("mọi tệp", "all files")
	// PreviewAndMore: %[1]s a file, %[2]s how many more.
	PreviewAndMore     = New("%[1]s và %[2]s tệp khác", "%[1]s and %[2]s more")
	PreviewCannotWatch = New("không theo dõi được thay đổi của tệp: %[1]s", "cannot watch files: %[1]s")
	// PreviewWatchLimit: %[1]s the folder.
	PreviewWatchLimit = New("không theo dõi được %[1]s: đã đến giới hạn số thư mục hệ thống cho phép theo dõi; nâng giới hạn bằng `sysctl fs.inotify.max_user_watches=524288`",
		"cannot watch %[1]s: the system's limit of watched folders is reached; raise it with `sysctl fs.inotify.max_user_watches=524288`")
	// PreviewWatchFolder: %[1]s the folder, %[2]s the cause.
	PreviewWatchFolder = New("không theo dõi được %[1]s: %[2]s", "cannot watch %[1]s: %[2]s")

	// The overlay's words.
	OverlayTitle = New("%[1]s lỗi", "%[1]s error(s)")
	OverlayNote  = New("Trang đang hiển thị bản dựng tốt gần nhất. Sửa tệp rồi lưu: thông báo này tự biến mất.",
		"The page shows the last good build. Fix the file and save: this message goes away by itself.")
	OverlayHint  = New("Gợi ý: ", "Hint: ")
	OverlayClose = New("Đóng", "Close")

	// PreviewFailedTitle and PreviewFailedHint head the page the preview
	// serves until the site builds once.
	PreviewFailedTitle = New("Chưa dựng được trang", "The site could not be built yet")
	PreviewFailedHint  = New("Sửa các lỗi dưới đây rồi lưu tệp: trang sẽ tự tải lại.", "Fix the errors below and save the file: the page reloads by itself.")
	// PreviewStopping and PreviewMethod answer a request the preview
	// cannot serve: it is stopping, or the method is not GET or HEAD.
	PreviewStopping = New("Máy xem trước đang tắt.", "The preview server is stopping.")
	PreviewMethod   = New("Trang chỉ cho phép xem (GET, HEAD).", "Only GET and HEAD are allowed here.")
)
