package i18n

// Messages of the write stage: which output folders a build refuses, and
// why, and what happens around the output folder.
var (
	OutNotOurs = New("không dựng vào %[1]s: thư mục này đang chứa %[2]s mục không do guongsang tạo ra (%[3]s)",
		"will not build into %[1]s: it holds %[2]s entries that guongsang did not make (%[3]s)")
	OutNotOursHint = New("guongsang chỉ ghi vào thư mục chưa có, thư mục trống, hoặc thư mục do chính nó dựng; hãy chọn thư mục khác, ví dụ --out public. Nếu đã kiểm tra và muốn thay nội dung thư mục này bằng trang mới, chạy lại với --force: nội dung hiện có được chuyển nguyên vẹn vào %[1]s, không bị xoá",
		"guongsang only writes into a folder that does not exist, an empty one, or one it built itself; choose another folder, e.g. --out public. If you have checked and want this folder's contents replaced by the site, run again with --force: what is there now is moved, whole, to %[1]s, not deleted")
	OutIsFile = New("không dựng vào %[1]s: đây là một tệp, không phải thư mục",
		"will not build into %[1]s: it is a file, not a folder")
	OutIsFileHint = New("chọn một thư mục, ví dụ --out public",
		"choose a folder, e.g. --out public")
	OutIsSite = New("không dựng vào %[1]s: đây chính là thư mục trang (nơi có site.yaml và content/)",
		"will not build into %[1]s: it is the site folder itself (where site.yaml and content/ are)")
	OutHoldsSite = New("không dựng vào %[1]s: thư mục này chứa thư mục trang %[2]s",
		"will not build into %[1]s: it contains the site folder %[2]s")
	OutSiteHint = New("bỏ --out để dựng vào thư mục public của trang, hoặc chọn một thư mục mới, ví dụ --out public",
		"leave out --out to build into the site's public folder, or choose a new folder, e.g. --out public")
	OutInSource = New("không dựng vào %[1]s: thư mục này nằm trong %[2]s, nơi guongsang đọc nội dung của trang",
		"will not build into %[1]s: it is inside %[2]s, which guongsang reads the site from")
	OutWorkDir = New("không dựng vào thư mục hiện tại (%[1]s)",
		"will not build into the current folder (%[1]s)")
	OutWorkDirHint = New("ghi tên một thư mục con mới, ví dụ --out public",
		"name a new folder below it, e.g. --out public")
	OutRoot = New("không dựng vào %[1]s: đây là thư mục gốc của ổ đĩa",
		"will not build into %[1]s: it is the root of a drive")
	OutSymlink = New("không dựng vào %[1]s: đây là lối tắt (liên kết) tới %[2]s",
		"will not build into %[1]s: it is a link to %[2]s")
	OutSymlinkHint = New("ghi thẳng đường dẫn thật của thư mục: --out %[1]s",
		"give the folder's real path: --out %[1]s")
	OutMore   = New("%[1]s và %[2]d mục khác", "%[1]s and %[2]d more")
	OutLocked = New("một lần dựng khác của trang này đang chạy (nó giữ %[1]s); đợi lần đó xong rồi dựng lại",
		"another build of this site is running (it holds %[1]s); wait for it to finish, then build again")
	OutLockedStale = New("; nếu không có lần dựng nào đang chạy thì một lần dựng đã bị ngắt giữa chừng: xoá tệp khoá đó",
		"; if no build is running, a build was killed: delete the lock file")
	OutPrepare = New("không chuẩn bị được thư mục xuất %[1]s: %[2]v",
		"cannot prepare the output folder %[1]s: %[2]v")
	OutPublish = New("không đăng được trang vào %[1]s: %[2]v",
		"cannot publish to %[1]s: %[2]v")
	OutWrite  = New("không ghi được %[1]s: %[2]v", "cannot write %[1]s: %[2]v")
	FlagForce = New("thay nội dung một thư mục --out không do guongsang tạo (nội dung cũ được chuyển sang chỗ khác, không bị xoá)",
		"replace an --out folder that guongsang did not make (its contents are moved aside, not deleted)")
	OutMarker = New("Thư mục này do guongsang tạo ra và được thay toàn bộ mỗi lần dựng trang.\nĐừng đặt tệp của bạn vào đây: chúng sẽ mất ở lần dựng sau.\n",
		"This folder was made by guongsang and is replaced whole at every build.\nDo not keep your own files here: the next build removes them.\n")
	OutReplacedKept = New("nội dung trước đây của %[1]s được giữ nguyên vẹn ở %[2]s",
		"what %[1]s held before is kept, whole, in %[2]s")
)
