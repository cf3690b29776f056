package i18n

// Words the published site shows for sharing and finding profiles: the
// lines of share pictures (generator/share), their alternative text, the
// share and save actions of a profile page, and the search page's
// suggestions. They are site text, so the render stage formats them in
// Vietnamese (Msg.In(Vi)) whatever language the command line speaks.
var (
	// ShareCount is a share picture's line counting the profiles of a
	// page: the argument is already formatted with Number.
	ShareCount = New("%[1]s hồ sơ gương điển hình tiên tiến", "%[1]s profiles of exemplary people and collectives")
	// ShareBrowse is the label above a dimension's name on its index
	// page's share picture: "DUYỆT THEO · Địa bàn".
	ShareBrowse = New("Duyệt theo", "Browse by")
	// ShareAll is the label above the title of the list of all profiles.
	ShareAll = New("Hồ sơ", "Profiles")
	// ShareAlt is the alternative text of a generated share picture.
	ShareAlt = New("Ảnh giới thiệu trang «%[1]s» của %[2]s", "Picture introducing the page “%[1]s” of %[2]s")

	// The share and save actions under a profile's title.
	ShareActions       = New("Chia sẻ và lưu hồ sơ", "Share and save this profile")
	ShareNative        = New("Chia sẻ", "Share")
	ShareFacebook      = New("Facebook", "Facebook")
	ShareFacebookTitle = New("Chia sẻ hồ sơ này lên Facebook (mở trang Facebook)", "Share this profile on Facebook (opens Facebook)")
	ShareZalo          = New("Zalo", "Zalo")
	ShareZaloTitle     = New("Chia sẻ hồ sơ này qua Zalo (mở trang Zalo)", "Share this profile on Zalo (opens Zalo)")
	ShareCopy          = New("Sao chép liên kết", "Copy link")
	ShareCopied        = New("Đã sao chép liên kết. Dán vào tin nhắn hoặc bài viết để chia sẻ.", "Link copied. Paste it into a message or a post to share it.")
	ShareCopyFailed    = New("Trình duyệt không cho sao chép. Hãy chọn địa chỉ trang trên thanh địa chỉ rồi sao chép.", "The browser did not allow copying. Select the page's address in the address bar and copy it.")
	SharePrint         = New("In hoặc lưu PDF", "Print or save as PDF")

	// SearchDidYouMean offers a close word when a query finds nothing;
	// the script puts a link to the suggested search after it.
	SearchDidYouMean = New("Có phải bạn muốn tìm:", "Did you mean:")
)
