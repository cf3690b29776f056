package i18n

// Messages of the photo stage: photos that cannot be read, measured or
// resized.
var (
	ImgCannotRead    = New("không đọc được ảnh: %[1]s", "cannot read the image: %[1]s")
	ImgSaveAgainHint = New("mở ảnh bằng một trình sửa ảnh (Paint, Photos) rồi lưu lại thành JPEG hoặc PNG", "open it in an image editor and save it again as JPEG or PNG")
	ImgNotImage      = New("tệp không phải ảnh JPEG, PNG, GIF, WebP hay SVG", "it is not a JPEG, PNG, GIF, WebP or SVG file")
	ImgNoPixels      = New("ảnh không có điểm ảnh nào", "it has no pixels")
	ImgTruncated     = New("tệp ảnh bị cắt cụt (chép chưa xong?)", "the file is cut short (not completely copied?)")
	ImgNoSVG         = New("tệp không có phần tử <svg>", "it has no <svg> element")
	ImgRootNotSVG    = New("phần tử gốc là <%[1]s>, không phải <svg>", "its root element is <%[1]s>, not <svg>")
	ImgCannotDecode  = New("không giải mã được ảnh: %[1]v", "cannot decode the image: %[1]v")
	ImgCannotEncode  = New("không mã hoá được ảnh thu nhỏ: %[1]v", "cannot encode the resized image: %[1]v")
	ImgTooLarge      = New("ảnh có %[1]d×%[2]d điểm ảnh, quá lớn để thu nhỏ", "the image is %[1]d×%[2]d pixels, too large to resize")
	ImgPublishedAsIs = New("ảnh vẫn được đăng nguyên như vậy, không có kích thước hay bản thu nhỏ", "it is published as it is, without a size or smaller copies")
	ImgTooLargeHint  = New("lưu một bản rộng tối đa 4000 điểm ảnh và dùng bản đó", "save a copy at most 4000 pixels wide and use that")
)
