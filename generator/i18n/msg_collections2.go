package i18n

// Messages of the machine-readable outputs of collections: their feeds
// and their open data (render/collections.go, render/data_collections.go).
// The site is Vietnamese: these are used with In(Vi).
var (
	// ColFeedTitle: %[1]s is the collection's title, %[2]s the site's.
	ColFeedTitle = New("Bộ sưu tập: %[1]s – %[2]s", "Collection: %[1]s – %[2]s")

	ColDataCSVDesc  = New("bảng tính các bộ sưu tập, mỗi hồ sơ của một bộ sưu tập một dòng, theo thứ tự của bộ sưu tập; nối với hồ sơ qua cột «Địa chỉ trang»", "a spreadsheet of the collections, one row per profile of a collection, in the collection's order; joined to the profiles by the column «Địa chỉ trang»")
	ColDataJSONDesc = New("các bộ sưu tập, mỗi bộ có tên, ngày, giới thiệu, địa chỉ kỷ yếu và danh sách hồ sơ theo thứ tự; dành cho phần mềm và lập trình viên", "the collections, each with its title, date, description, honour book address and ordered list of profiles; for software and programmers")

	ColDataTitle   = New("Tên bộ sưu tập (đại hội, hội nghị, phong trào)", "The collection's title (congress, conference, campaign)")
	ColDataURL     = New("Địa chỉ đầy đủ của trang bộ sưu tập", "The full address of the collection's page")
	ColDataDate    = New("Ngày của bộ sưu tập, dạng năm-tháng-ngày", "The collection's date, as year-month-day")
	ColDataDesc    = New("Giới thiệu ngắn bộ sưu tập", "A short description of the collection")
	ColDataBook    = New("Địa chỉ đầy đủ của kỷ yếu để in", "The full address of the printable honour book")
	ColDataPos     = New("Thứ tự của hồ sơ trong bộ sưu tập, từ 1", "The profile's place in the collection, from 1")
	ColDataProfile = New("Tên hồ sơ", "The profile's title")
	ColDataLink    = New("Địa chỉ đầy đủ của trang hồ sơ, như cột «Địa chỉ trang» của ho-so.csv", "The full address of the profile's page, as in the column «Địa chỉ trang» of ho-so.csv")
	// ColDataOnlyJSON heads the column table's rows for fields the CSV
	// file does not have.
	ColDataOnlyJSON = New("(chỉ có trong JSON)", "(JSON only)")
)
