package i18n

// Messages of the command line: usage, summaries and the errors of its
// own (flags, folders). Content and configuration errors live in
// msg_content.go and msg_config.go.
var (
	// ExitNothingPublished ends a failed build: %[1]s is the number of
	// errors, formatted with Number.
	ExitNothingPublished = New("%[1]s lỗi; chưa đăng gì, trang cũ vẫn giữ nguyên",
		"%[1]s error(s); nothing was published, the previous site is unchanged")
	// CheckFailed ends a failed check: %[1]s is the number of errors.
	CheckFailed = New("%[1]s lỗi cần sửa trước khi đăng", "%[1]s error(s) to fix before publishing")

	CmdUsage = New(`guongsang — trình tạo trang "Gương sáng" (gương điển hình tiên tiến)

Cách dùng:
  guongsang <lệnh> [THƯ_MỤC] [tuỳ chọn]

Các lệnh:
  build     dựng trang vào thư mục public/
  serve     xem trước trang tại http://127.0.0.1:1313/, dựng lại mỗi khi lưu tệp
  check     kiểm tra mọi hồ sơ và site.yaml, không ghi gì
  new       viết một hồ sơ mới, sẵn sàng để điền
  init      tạo một trang mới
  import    nhập danh sách Excel/CSV thành hồ sơ nháp, hoặc báo cáo Word vào một hồ sơ
  version   in số phiên bản, bản dựng và phiên bản Go

THƯ_MỤC là thư mục của trang (chứa site.yaml); bỏ trống là thư mục hiện tại.
Chạy "guongsang" không kèm lệnh (hoặc nhấp đúp trên Windows) để xem trước trang
trong thư mục hiện tại, hoặc tạo hay mở một trang.
Gõ "guongsang <lệnh> -h" để xem tuỳ chọn và ví dụ của từng lệnh.
Thêm --lang en (hoặc đặt GUONGSANG_LANG=en) để đọc thông báo bằng tiếng Anh.
`, `guongsang — builds "Gương sáng" sites (profiles of exemplary people and collectives)

Usage:
  guongsang <command> [DIR] [flags]

Commands:
  build     build the site into public/
  serve     preview the site at http://127.0.0.1:1313/, rebuilding on every save
  check     check every profile and site.yaml, write nothing
  new       write a new profile, ready to fill in
  init      create a new site
  import    turn an Excel/CSV list into draft profiles, or a Word report into one profile
  version   print the version, build and Go version

DIR is the site folder (holds site.yaml); the current folder when left out.
Run "guongsang" with no command (or double-click it on Windows) to preview
the site in the current folder, or to create or open one.
Run "guongsang <command> -h" for a command's flags and examples.
Messages are in Vietnamese unless --lang en or GUONGSANG_LANG=en.
`)
	// CmdUnknown: %[1]q is what was typed.
	CmdUnknown = New("không có lệnh %[1]q", "unknown command %[1]q")
	// CmdHelpHead: %[1]s is the synopsis.
	CmdHelpHead     = New("Cách dùng: guongsang %[1]s\n\nTuỳ chọn:\n", "Usage: guongsang %[1]s\n\nFlags:\n")
	CmdHelpExamples = New("\nVí dụ:\n", "\nExamples:\n")
	CmdDefault      = New("mặc định: %[1]s", "default: %[1]s")
	CmdValueArg     = New("GIÁ_TRỊ", "VALUE")
	CmdNumberArg    = New("SỐ", "N")
	CmdLangBad      = New("--lang %[1]q: chỉ có vi (tiếng Việt) và en (tiếng Anh)", "--lang %[1]q: the languages are vi (Vietnamese) and en (English)")

	// Flag errors: %[1]s is the flag as typed.
	CmdFlagUnknown  = New("không có tuỳ chọn %[1]s", "unknown flag %[1]s")
	CmdFlagNeedsArg = New("tuỳ chọn %[1]s cần một giá trị, ví dụ %[1]s GIÁ_TRỊ", "flag %[1]s needs a value, e.g. %[1]s VALUE")
	// CmdFlagBadValue: %[1]q the value, %[2]s the flag.
	CmdFlagBadValue = New("giá trị %[1]q của %[2]s không dùng được", "invalid value %[1]q for %[2]s")
	CmdFlagSyntax   = New("không hiểu tuỳ chọn %[1]s", "bad flag syntax: %[1]s")
	CmdSeeHelp      = New("Gõ \"guongsang %[1]s -h\" để xem hướng dẫn đầy đủ.", "Run \"guongsang %[1]s -h\" for help.")
	// CmdTooManyArgs: %[1]q the first argument too many.
	CmdTooManyArgs = New("thừa tham số %[1]q: chỉ ghi một thư mục", "unexpected argument %[1]q: give one folder only")
	// CmdTwoSites: %[1]q the folder after the command, %[2]q the --site one.
	CmdTwoSites = New("có hai thư mục: %[1]q và --site %[2]q; chỉ ghi một", "two folders given: %[1]q and --site %[2]q; give one")

	// Flag descriptions.
	FlagSite        = New("thư mục của trang (chứa site.yaml và content/); có thể ghi ngay sau lệnh", "the site folder (holds site.yaml and content/); may also follow the command")
	FlagOut         = New("thư mục đích (mặc định: THƯ_MỤC/public)", "output folder (default: DIR/public)")
	FlagDraftsBuild = New("đăng cả các hồ sơ ghi draft: true", "also publish profiles marked draft: true")
	FlagDraftsCheck = New("coi bản nháp như đã đăng: lỗi của chúng thành lỗi thật", "treat drafts as published: their problems become errors")
	FlagDraftsServe = New("hiện các hồ sơ ghi draft: true, có nhãn \"Bản nháp\"", "show profiles marked draft: true, with a \"Bản nháp\" badge")
	FlagCPUProfile  = New("ghi hồ sơ CPU vào tệp này (cho lập trình viên)", "write a CPU profile to this file (for developers)")
	FlagMemProfile  = New("ghi hồ sơ bộ nhớ vào tệp này khi xong (cho lập trình viên)", "write a heap profile to this file at the end (for developers)")
	FlagKind        = New("individual (cá nhân) hoặc collective (tập thể)", "individual (cá nhân) or collective (tập thể)")
	FlagDistrict    = New("mã hoặc tên một địa bàn trong site.yaml", "a district key or name from site.yaml")
	FlagCategory    = New("mã hoặc tên một lĩnh vực trong site.yaml", "a category key or name from site.yaml")
	FlagYear        = New("năm đạt thành tích", "the year of the achievement")
	FlagBind        = New("địa chỉ lắng nghe; 127.0.0.1 là chỉ máy này", "the address to listen on; 127.0.0.1 is this machine only")
	FlagPort        = New("cổng lắng nghe (0 để tự chọn một cổng trống)", "the port to listen on (0 picks a free one)")
	FlagOpen        = New("mở trang xem trước trong trình duyệt mặc định", "open the preview in the default browser")
	FlagLang        = New("ngôn ngữ của thông báo: vi hoặc en", "the language of messages: vi or en")

	CmdBuildSynopsis = New("build [THƯ_MỤC] [--out THƯ_MỤC_ĐÍCH] [--drafts] [--force]", "build [DIR] [--out DIR] [--drafts] [--force]")
	CmdCheckSynopsis = New("check [THƯ_MỤC] [--drafts]", "check [DIR] [--drafts]")
	CmdServeSynopsis = New("serve [THƯ_MỤC] [--bind 127.0.0.1] [--port 1313] [--allowed-host TÊN]... [--drafts=true] [--open]", "serve [DIR] [--bind 127.0.0.1] [--port 1313] [--allowed-host NAME]... [--drafts=true] [--open]")
	CmdNewSynopsis   = New(`new [--site THƯ_MỤC] --kind individual|collective --district D --category C --year Y "Tiêu đề"`, `new [--site DIR] --kind individual|collective --district D --category C --year Y "Title"`)
	CmdInitSynopsis  = New("init THƯ_MỤC", "init DIR")
	CmdVersionSyn    = New("version", "version")
	CmdBuildExamples = New("  guongsang build\n  guongsang build gialai\n  guongsang build gialai --out /var/www/guongsang\n  guongsang build --drafts --out /tmp/xem-truoc\n",
		"  guongsang build\n  guongsang build gialai\n  guongsang build gialai --out /var/www/guongsang\n  guongsang build --drafts --out /tmp/preview\n")
	CmdServeExamples = New("  guongsang serve                      # rồi mở http://127.0.0.1:1313/\n"+
		"  guongsang serve gialai --open\n"+
		"  guongsang serve --port 8080          # khi cổng 1313 đã bị dùng\n"+
		"  guongsang serve --drafts=false       # xem trang đúng như khi đăng\n"+
		"  guongsang serve --bind 0.0.0.0       # cho máy khác trong mạng xem\n"+
		"  guongsang serve --allowed-host xem-truoc.lan   # mở bằng một tên khác\n",
		"  guongsang serve                      # then open http://127.0.0.1:1313/\n"+
			"  guongsang serve gialai --open\n"+
			"  guongsang serve --port 8080          # when 1313 is taken\n"+
			"  guongsang serve --drafts=false       # see the site as it will be published\n"+
			"  guongsang serve --bind 0.0.0.0       # let other machines on the network see it\n"+
			"  guongsang serve --allowed-host xem-truoc.lan   # open it by another name\n")
	CmdNewExamples = New("  guongsang new --kind \"cá nhân\" --district chu-pah --category giao-duc --year 2020 \"Nguyễn Thị Hoa\"\n"+
		"  guongsang new --kind \"tập thể\" --district \"Đak Đoa\" --category \"Y tế\" --year 2019 \"Trạm Y tế xã Hà Bầu\"\n",
		"  guongsang new --kind individual --district chu-pah --category giao-duc --year 2020 \"Nguyễn Thị Hoa\"\n"+
			"  guongsang new --kind \"tập thể\" --district \"Đak Đoa\" --category \"Y tế\" --year 2019 \"Trạm Y tế xã Hà Bầu\"\n")

	// CmdBuilt: %[1]s profiles, %[2]s pages, %[3]s files, %[4]s written, %[5]s time, %[6]s folder.
	CmdBuilt = New("đã dựng %[1]s hồ sơ, %[2]s trang, %[3]s tệp (%[4]s tệp ghi mới) trong %[5]s → %[6]s",
		"built %[1]s profile(s), %[2]s page(s), %[3]s file(s) (%[4]s written) in %[5]s → %[6]s")
	// CmdChecked: %[1]s profiles, %[2]s drafts, %[3]s warnings.
	CmdChecked = New("ổn: đã kiểm tra %[1]s hồ sơ (không tính %[2]s bản nháp), %[3]s cảnh báo",
		"ok: %[1]s profile(s) checked (%[2]s draft(s) left out), %[3]s warning(s)")
	CmdCannotCreate = New("không tạo được tệp %[1]s: %[2]s", "cannot create %[1]s: %[2]s")
	CmdNewTitle     = New(`hãy ghi tiêu đề thành một tham số, trong ngoặc kép: guongsang new … "Nguyễn Văn An"`, `give the title as one argument, in quotes: guongsang new … "Nguyễn Văn An"`)
	CmdNewYear      = New("--year %[1]q không phải là một năm", "--year %[1]q is not a year")
	// CmdWrote: %[1]s the file written.
	CmdWrote      = New("đã viết %[1]s (vẫn là bản nháp, draft: true, cho đến khi bạn đổi thành false)", "wrote %[1]s (draft: true until you change it)")
	CmdInitFolder = New("hãy ghi thư mục cho trang mới: guongsang init THƯ_MỤC", "give the folder of the new site: guongsang init DIR")
	// CmdCreated: %[1]s the folder, %[2]s the files.
	CmdCreated = New("đã tạo trang trong %[1]s (%[2]s)\ntiếp theo: guongsang serve %[1]s", "created a site in %[1]s (%[2]s)\nnext: guongsang serve %[1]s")

	CmdServing = New("đang xem trước tại %[1]s (nhấn Ctrl+C để dừng)", "serving %[1]s (press Ctrl+C to stop)")
	CmdStopped = New("đã dừng", "stopped")
	// CmdPortBad: %[1]d the port.
	CmdPortBad = New("--port %[1]d không phải là cổng (từ 0 đến 65535)", "--port %[1]d is not a port (0 to 65535)")
	// CmdAddrInUse: %[1]s the address, %[2]d another port.
	CmdAddrInUse = New("%[1]s đang bị dùng (có một guongsang serve khác đang chạy?); chọn cổng khác, ví dụ guongsang serve --port %[2]d",
		"%[1]s is already in use (is another guongsang serve running?); choose another port, e.g. guongsang serve --port %[2]d")
	// CmdNoBrowser: %[1]s the cause, %[2]s the address.
	CmdNoBrowser = New("không mở được trình duyệt (%[1]s); hãy tự mở %[2]s", "cannot open a browser (%[1]s); open %[2]s yourself")
)
