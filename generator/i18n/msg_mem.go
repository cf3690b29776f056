package i18n

// Messages of reading profile bodies again when their pages are made
// (content.Body).
var (
	ContentChangedWhileBuilding = New(
		"tệp này đã bị sửa trong lúc đang dựng trang web, nên trang của hồ sơ không dựng được từ bản vừa kiểm tra",
		"this file was changed while the site was being built, so its page cannot be made from the version that was checked")
	ContentChangedWhileBuildingHint = New(
		"lưu xong mọi tệp rồi chạy lại lệnh dựng trang",
		"save every file, then run the build again")
)
