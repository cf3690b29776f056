package i18n

// Messages of the command line: usage, summaries and the errors of its
// own (flags, folders). Content and configuration errors live in
// msg_content.go.
var (
	// ExitNothingPublished ends a failed build: %[1]d is the number of errors.
	ExitNothingPublished = New("%[1]d lỗi; chưa đăng gì, trang cũ vẫn giữ nguyên",
		"%[1]d error(s); nothing was published, the previous site is unchanged")
)
