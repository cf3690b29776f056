package i18n

// Messages of the preview's host check and write check (generator/preview
// host.go): the flag that admits another host name, the page and the
// terminal line of a refused request, and why the editor refuses a write.
var (
	// FlagAllowedHost is the help of `guongsang serve --allowed-host`.
	FlagAllowedHost = New("`TÊN` là một tên máy nữa mà bản xem trước chịu trả lời, ví dụ --allowed-host xem-truoc.lan (dùng nhiều lần được); "+
		"không có cờ này, bản xem trước chỉ trả lời 127.0.0.1, localhost, [::1] và địa chỉ của --bind (với --bind 0.0.0.0: mọi địa chỉ IP)",
		"`NAME` is one more host name the preview answers to, e.g. --allowed-host preview.lan (repeatable); "+
			"without it the preview answers only 127.0.0.1, localhost, [::1] and the --bind address (with --bind 0.0.0.0: any IP address)")

	// BadAllowedHost refuses a value of --allowed-host: %[1]q is the value.
	BadAllowedHost = New("--allowed-host %[1]q không phải là tên máy hay địa chỉ IP; chỉ viết tên, không có http:// hay dấu /, "+
		"ví dụ --allowed-host xem-truoc.lan hoặc --allowed-host xem-truoc.lan:8080",
		"--allowed-host %[1]q is not a host name or an IP address; write the name only, without http:// or /, "+
			"e.g. --allowed-host preview.lan or --allowed-host preview.lan:8080")

	// HostRefusedTitle is the title of the page a refused request gets.
	HostRefusedTitle = New("Bản xem trước không trả lời tên này",
		"The preview does not answer to this name")

	// HostRefusedWhy explains the refusal: %[1]q is the Host the request
	// named, %[2]s the preview's own address.
	HostRefusedWhy = New("Trang này được gọi bằng tên %[1]q, nhưng bản xem trước chỉ trả lời khi được gọi bằng địa chỉ của chính nó, %[2]s. "+
		"Nhờ vậy một trang web lạ không thể mượn tên của nó để đọc bản nháp và ảnh của bạn (kiểu tấn công gọi là DNS rebinding).",
		"This page was requested as %[1]q, but the preview answers only when it is called by its own address, %[2]s. "+
			"This keeps a foreign web page from reading your drafts and photos under its own name (an attack called DNS rebinding).")

	// HostMissingWhy explains the refusal of a request without a Host:
	// %[1]s is the preview's own address.
	HostMissingWhy = New("Yêu cầu này không cho biết tên máy được gọi (thiếu dòng Host), nên bản xem trước không trả lời. Hãy mở %[1]s trong trình duyệt.",
		"This request does not say which host it is for (no Host line), so the preview does not answer it. Open %[1]s in a browser.")

	// HostRefusedFix tells how to admit the name; the page shows the
	// command after it.
	HostRefusedFix = New("Nếu chính bạn đã gõ tên này (ví dụ để xem từ một máy khác trong mạng nội bộ), hãy dừng bản xem trước bằng Ctrl+C rồi chạy lại với:",
		"If you typed this name yourself (to view the preview from another machine on your network, say), stop the preview with Ctrl+C and run it again with:")

	// HostRefusedLog is the terminal line of a refused host, printed once
	// per name: %[1]s the time, %[2]q the Host, %[3]s the preview's
	// address, %[4]s the value that would admit the name.
	HostRefusedLog = New("%[1]s đã từ chối một yêu cầu gọi bằng tên %[2]q: bản xem trước chỉ trả lời ở %[3]s. "+
		"Nếu đó là bạn, chạy lại với --allowed-host %[4]s\n",
		"%[1]s refused a request for host %[2]q: the preview answers only at %[3]s. "+
			"If that was you, run it again with --allowed-host %[4]s\n")

	// HostMissingLog is the terminal line of a refused request without a
	// Host, printed once: %[1]s is the time.
	HostMissingLog = New("%[1]s đã từ chối một yêu cầu không cho biết tên máy (thiếu dòng Host)\n",
		"%[1]s refused a request that names no host (no Host line)\n")

	// HostInvalidLog is the terminal line of a refused request whose Host
	// is no host name, printed once per value: %[1]s the time, %[2]q the
	// Host.
	HostInvalidLog = New("%[1]s đã từ chối một yêu cầu gọi bằng %[2]q, không phải là tên máy hay địa chỉ hợp lệ\n",
		"%[1]s refused a request for %[2]q, which is not a valid host name or address\n")

	// WriteForeignHost: a write that names a host the preview does not
	// answer to.
	WriteForeignHost = New("yêu cầu ghi gọi bản xem trước bằng một tên không được phép; mở trình soạn thảo từ địa chỉ mà lệnh guongsang serve in ra",
		"the write names a host the preview does not answer to; open the editor at the address guongsang serve prints")

	// WriteNoOrigin: a write that does not say which page sent it.
	WriteNoOrigin = New("yêu cầu ghi không cho biết trang nào gửi nó (thiếu Origin); chỉ trình soạn thảo mở từ bản xem trước mới được ghi tệp",
		"the write does not say which page sent it (no Origin); only the editor opened from the preview may write files")

	// WriteForeignOrigin: a write sent by another site's page.
	WriteForeignOrigin = New("yêu cầu ghi đến từ một trang khác, không phải từ bản xem trước; chỉ trình soạn thảo mở từ bản xem trước mới được ghi tệp",
		"the write comes from another site's page, not from the preview; only the editor opened from the preview may write files")

	// WriteNoToken: a write without the session's token.
	WriteNoToken = New("yêu cầu ghi thiếu mã phiên của trình soạn thảo; tải lại trang soạn thảo rồi làm lại",
		"the write lacks the editor's session token; reload the editor page and try again")

	// WriteBadToken: a write with a token that is not this session's.
	WriteBadToken = New("mã phiên của trình soạn thảo không đúng (bản xem trước đã được chạy lại?); tải lại trang soạn thảo rồi làm lại",
		"the editor's session token is wrong (was the preview restarted?); reload the editor page and try again")
)
