package i18n

// Messages of the default theme's scripts, search.js and filter.js. They
// reach the browser as JSON written into the pages that load the scripts
// (render's scriptWords, under names the scripts look up), so the scripts
// hold no sentence of their own: a second language needs a second text
// here, not a change of JavaScript. Arguments are strings the scripts
// fill in, numbers already written the site's way (2.000).
var (
	JSSearchLoading = New("Đang tải chỉ mục tìm kiếm…", "Loading the search index…")
	// JSSearchFound: %[1]s the number of results, %[2]s the query as typed.
	JSSearchFound = New("Tìm thấy %[1]s hồ sơ cho “%[2]s”.", "Found %[1]s profiles for “%[2]s”.")
	JSSearchNone  = New("Không tìm thấy hồ sơ nào cho “%[1]s”. Hãy thử bớt từ hoặc gõ khác đi.",
		"No profile found for “%[1]s”. Try fewer words or another spelling.")
	JSSearchFailed = New("Không tải được chỉ mục tìm kiếm. Hãy kiểm tra kết nối rồi thử lại.",
		"Could not load the search index. Check the connection and try again.")
	// JSSearchFormer follows a commune found by the name of a district it
	// replaced: %[1]s the former district's name.
	JSSearchFormer = New("(trước đây thuộc %[1]s)", "(formerly part of %[1]s)")

	JSFilterLoading = New("Đang lọc…", "Filtering…")
	JSFilterFound   = New("Có %[1]s hồ sơ phù hợp.", "%[1]s profiles match.")
	JSFilterNone    = New("Không có hồ sơ nào phù hợp. Hãy bỏ bớt điều kiện lọc.",
		"No profile matches. Remove one of the conditions.")
	JSFilterFailed = New("Không tải được dữ liệu để lọc. Hãy kiểm tra kết nối rồi thử lại.",
		"Could not load the data to filter by. Check the connection and try again.")
	// JSFilterChoice follows a filter choice's name with the number of
	// profiles it would leave: "Y tế (12)"; "(0)" marks a choice that
	// leaves none.
	JSFilterChoice = New("(%[1]s)", "(%[1]s)")
	// JSFilterCount ends the heading of a filtered list: "Gương sáng
	// huyện Đak Đoa · Giáo dục, đào tạo · 12 hồ sơ".
	JSFilterCount = New("%[1]s hồ sơ", "%[1]s profiles")
	// JSFilterJoin separates the parts of that heading.
	JSFilterJoin = New(" · ", " · ")
)
