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
