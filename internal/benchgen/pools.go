package benchgen

// Phrase pools for the Markdown bodies. Placeholders in braces are expanded
// by (*writer).fill; see body.go for the list.

var openers = []string{
	"Từ năm {y0}, ", "Trong nhiều năm qua, ", "Bên cạnh đó, ", "Đặc biệt, ", "Không chỉ vậy, ",
	"Dù còn nhiều khó khăn, ", "Trong năm {y}, ", "Thời gian qua, ", "Nhờ sự kiên trì, ",
	"Theo đánh giá của địa phương, ", "Với tinh thần trách nhiệm cao, ", "Giai đoạn {y0}–{y}, ",
}

var individualSentences = []string{
	"{N} sinh năm {born} tại làng {lang}, xã {xa}, {huyen}.",
	"Hiện nay, {P} công tác tại {org}.",
	"Gia đình {P} từng thuộc diện hộ nghèo của xã, cuộc sống quanh năm thiếu thốn.",
	"{P} đã mạnh dạn chuyển đổi {ha} ha đất trồng lúa kém hiệu quả sang trồng {crop}, mang lại thu nhập hơn {tien} triệu đồng mỗi năm.",
	"{P} luôn đi đầu trong {act}, được bà con trong làng tin yêu và quý trọng.",
	"{P} đã vận động **{n} hộ dân** tham gia {act}.",
	"Không chỉ làm giàu cho bản thân, {P} còn thường xuyên giúp đỡ {benef}.",
	"Mỗi dịp lễ, Tết, {P} lại cùng {people} đến thăm hỏi, tặng quà cho {benef}.",
	"{P} tự nguyện hiến {m2} m² đất để mở rộng đường giao thông nông thôn.",
	"{P} đã cùng {people} hoàn thành xuất sắc nhiệm vụ được giao.",
	"{P} được bình chọn là một trong những gương điển hình tiên tiến của {huyen}.",
	"Theo lãnh đạo UBND xã {xa}, {P} là tấm gương sáng về {quality}.",
	"{P} luôn chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước và quy định của địa phương.",
	"Nhờ áp dụng tiến bộ khoa học kỹ thuật, năng suất {crop} của gia đình {P} tăng khoảng {pct}% so với trước.",
	"{P} đã trực tiếp hướng dẫn cho {n} lượt người dân cách chăm sóc {crop}, phòng trừ sâu bệnh.",
	"{P} tham gia {act} và trở thành nòng cốt của phong trào ở làng {lang}.",
	"Bà con ở làng {lang} vẫn thường nhắc đến {P} như một người con tận tụy của buôn làng.",
	"{P} đã đóng góp {tien} triệu đồng vào quỹ “{fund}” của xã.",
	"Khi có thiên tai, dịch bệnh, {P} luôn có mặt sớm nhất để hỗ trợ {benef}.",
	"Sáng kiến {initiative} của {P} đã được áp dụng rộng rãi tại {n} đơn vị trong {huyen}.",
	"{P} kể rằng những ngày đầu khởi nghiệp, có lúc tưởng như phải bỏ cuộc vì thiếu vốn và thiếu kinh nghiệm.",
	"Ngoài giờ làm việc, {P} còn dành thời gian dạy chữ cho {benef}.",
}

var collectiveSentences = []string{
	"{N} được thành lập năm {founded}, hiện có {n} thành viên, phần lớn là đồng bào dân tộc thiểu số.",
	"{P} luôn đoàn kết, thống nhất, hoàn thành xuất sắc nhiệm vụ chính trị được giao.",
	"{P} đã phối hợp với {org} tổ chức {event}, thu hút hàng trăm người dân tham gia.",
	"Năm {y}, tỷ lệ hộ nghèo trên địa bàn giảm còn {pctLow}%, vượt chỉ tiêu Nghị quyết đề ra.",
	"{P} đã huy động được hơn **{tien} triệu đồng** từ các nguồn xã hội hóa để {purpose}.",
	"Các thành viên của {N} thường xuyên giúp đỡ {benef}.",
	"Nhiều năm liền, {P} được công nhận danh hiệu **Tập thể lao động xuất sắc**.",
	"{P} có {n} đoàn viên, hội viên tích cực tham gia {act}.",
	"{P} chú trọng đổi mới phương thức hoạt động, lấy người dân làm trung tâm, làm chủ thể.",
	"Chi bộ và tập thể lãnh đạo {P} luôn gương mẫu, sâu sát cơ sở.",
	"Mô hình {model} do {P} triển khai đã được nhân rộng ra {n} xã trong {huyen}.",
	"{P} duy trì nghiêm chế độ sinh hoạt, học tập và thường xuyên rút kinh nghiệm sau mỗi đợt công tác.",
	"Cơ sở vật chất của {P} còn thiếu thốn nhưng cán bộ, nhân viên luôn khắc phục khó khăn để hoàn thành nhiệm vụ.",
}

var sharedSentences = []string{
	"Đây là kết quả của quá trình bền bỉ, kiên trì và tinh thần không ngại khó, ngại khổ.",
	"Chính quyền và Ủy ban MTTQ xã {xa} đánh giá cao những đóng góp thiết thực này.",
	"Những việc làm ấy tuy bình dị nhưng đã lan tỏa mạnh mẽ trong cộng đồng.",
	"Phong trào {act} ở xã {xa} nhờ đó ngày càng phát triển sâu rộng.",
	"Đến nay, {pct}% hộ dân trong làng {lang} đã có nhà ở kiên cố, con em được đến trường đầy đủ.",
	"Kết quả ấy góp phần quan trọng vào việc xây dựng xã {xa} đạt chuẩn nông thôn mới.",
	"Tinh thần **học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh** được cụ thể hóa bằng những việc làm thiết thực.",
	"Theo số liệu của UBND {huyen}, giai đoạn {y0}–{y}, địa phương đã có thêm {n} mô hình sản xuất hiệu quả.",
	"Nhiều người dân cho biết cuộc sống của họ đã đổi thay rõ rệt so với trước đây.",
	"Con đường bê tông dẫn vào làng {lang} nay đã sạch đẹp, hai bên là những vườn {crop} xanh tốt.",
	"Công tác tuyên truyền được thực hiện bằng cả tiếng Việt và tiếng Jrai, Bahnar để bà con dễ hiểu, dễ làm theo.",
	"Ban Thi đua – Khen thưởng tỉnh Gia Lai đã đề nghị nhân rộng cách làm này trên địa bàn toàn tỉnh.",
	"Những con số ấy cho thấy sức lan tỏa của phong trào thi đua yêu nước ở cơ sở.",
}

var crops = []string{"cà phê", "hồ tiêu", "mía", "sắn", "bời lời", "chanh dây", "sầu riêng", "lúa nước", "bắp lai", "điều", "bơ", "mắc ca"}

var activities = []string{
	"phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”",
	"phong trào thi đua “Chung sức xây dựng nông thôn mới”",
	"công tác vận động con em đến trường",
	"phong trào “Ngày thứ Bảy tình nguyện”",
	"công tác giữ gìn an ninh trật tự ở cơ sở",
	"các hoạt động nhân đạo, từ thiện",
	"phong trào “Dân vận khéo”",
	"công tác phòng, chống dịch bệnh",
	"phong trào thể dục thể thao quần chúng",
	"việc bảo tồn văn hóa cồng chiêng",
	"phong trào “Toàn dân bảo vệ an ninh Tổ quốc”",
	"phong trào hiến đất làm đường",
	"phong trào “Nông dân sản xuất, kinh doanh giỏi”",
}

var beneficiaries = []string{
	"các hộ nghèo trong làng", "người già neo đơn", "trẻ em có hoàn cảnh khó khăn",
	"học sinh nghèo vượt khó", "các gia đình chính sách", "bệnh nhân nghèo", "những hộ gặp hoạn nạn",
}

var peoples = []string{"các hội viên", "bà con trong làng", "đoàn viên thanh niên", "các chị em phụ nữ", "cựu chiến binh", "đồng nghiệp", "già làng"}

var qualities = []string{
	"tinh thần tương thân tương ái", "ý chí vượt khó vươn lên", "tinh thần trách nhiệm",
	"lối sống giản dị, gần gũi với nhân dân", "tinh thần dám nghĩ, dám làm",
}

var funds = []string{"Vì người nghèo", "Khuyến học", "Đền ơn đáp nghĩa", "Phòng, chống thiên tai", "Bảo trợ trẻ em"}

var initiatives = []string{
	"“Cải tiến máy bóc vỏ cà phê”", "“Ứng dụng sổ điện tử quản lý hộ nghèo”",
	"“Tưới nước tiết kiệm cho cây hồ tiêu”", "“Góc học tập cho học sinh vùng khó”",
	"“Ủ phân vi sinh từ phế phẩm nông nghiệp”", "“Sổ tay song ngữ Việt – Jrai cho y tế thôn bản”",
}

var events = []string{
	"hội thi “Người dân làm kinh tế giỏi”", "ngày hội Đại đoàn kết toàn dân tộc",
	"chương trình khám bệnh, cấp thuốc miễn phí", "lễ hội cồng chiêng truyền thống",
	"giải bóng chuyền hơi các làng", "hội nghị tuyên truyền pháp luật", "lớp xóa mù chữ cho phụ nữ",
}

var models = []string{
	"“Làng không có người nghiện ma túy”", "“Tổ an ninh tự quản”", "“Nuôi heo đen liên kết”",
	"“Mái ấm tình thương”", "“Con đường hoa nông thôn mới”", "“Tiết kiệm vì phụ nữ nghèo”",
}

var purposes = []string{
	"xây dựng nhà đại đoàn kết", "mua sắm thiết bị y tế", "sửa chữa phòng học",
	"làm đường bê tông nội làng", "tặng xe đạp cho học sinh nghèo",
}

var headingsIndividual = []string{
	"Tiểu sử", "Hoàn cảnh và xuất phát điểm", "Quá trình phấn đấu", "Những đóng góp nổi bật",
	"Thành tích đạt được", "Cách làm hay, sáng tạo", "Lời kể của người dân", "Bài học kinh nghiệm",
	"Nhận xét của địa phương", "Hướng đi trong thời gian tới", "Lan tỏa trong cộng đồng",
}

var headingsCollective = []string{
	"Giới thiệu chung", "Quá trình xây dựng và phát triển", "Những kết quả nổi bật",
	"Thành tích đạt được", "Cách làm hay, sáng tạo", "Lời kể của người dân", "Bài học kinh nghiệm",
	"Nhận xét của cấp trên", "Phương hướng thời gian tới", "Lan tỏa trong cộng đồng",
}

var bulletItems = []string{
	"Vận động **{n} hộ dân** tham gia {act};",
	"Hỗ trợ {tien} triệu đồng cho {benef};",
	"Hiến {m2} m² đất làm đường giao thông, nhà văn hóa;",
	"Hướng dẫn kỹ thuật trồng {crop} cho {n} lượt người;",
	"Phối hợp tổ chức {event};",
	"Tham gia giải quyết {n} vụ việc mâu thuẫn ở cơ sở, không để phát sinh điểm nóng;",
	"Xây dựng mô hình {model} tại làng {lang};",
	"Đóng góp quỹ “{fund}” {tien} triệu đồng;",
}

var steps = []string{
	"Khảo sát, nắm chắc tình hình thực tế tại làng {lang};",
	"Bàn bạc với già làng, người có uy tín để thống nhất cách làm;",
	"Tuyên truyền, vận động từng hộ gia đình bằng tiếng đồng bào;",
	"Làm trước để bà con thấy hiệu quả rồi mới nhân rộng;",
	"Phân công thành viên phụ trách từng nhóm hộ;",
	"Định kỳ sơ kết, rút kinh nghiệm và biểu dương kịp thời;",
	"Kết nối với {org} để tìm nguồn vốn và đầu ra cho sản phẩm;",
}

var quotes = []string{
	"Nhờ có sự giúp đỡ tận tình, gia đình tôi đã thoát nghèo và có điều kiện cho con đi học.",
	"Ai trong làng gặp khó khăn cũng được giúp đỡ, không phân biệt người Kinh hay người Jrai, Bahnar.",
	"Làm được việc gì có ích cho buôn làng là tôi thấy vui rồi.",
	"Trước đây bà con chỉ trồng sắn, lúa rẫy; bây giờ nhà nào cũng có vườn {crop}, cuộc sống khấm khá hơn nhiều.",
	"Mình làm trước, bà con thấy được thì tự khắc làm theo.",
	"Đây là tấm gương để thế hệ trẻ trong làng học tập, noi theo.",
}

var linkSites = []struct{ Name, Path string }{
	{"Báo Gia Lai điện tử", "bao-gia-lai"},
	{"Cổng thông tin điện tử tỉnh Gia Lai", "cong-thong-tin"},
	{"Ban Thi đua – Khen thưởng tỉnh", "thi-dua-khen-thuong"},
	{"Đài Phát thanh – Truyền hình Gia Lai", "truyen-hinh"},
}

// subheadings are the long shape's "###" headings.
var subheadings = []string{
	"Kết quả cụ thể",
	"Cách làm sáng tạo",
	"Khó khăn và cách vượt qua",
	"Sự lan tỏa trong cộng đồng",
	"Ý kiến của người dân",
	"Bài học kinh nghiệm",
	"Định hướng thời gian tới",
	"Số liệu nổi bật",
}

// boldLeads start the long shape's bold-led sentences.
var boldLeads = []string{
	"Về kinh tế:",
	"Về xã hội:",
	"Kết quả nổi bật:",
	"Năm {y}:",
	"Từ năm {y0}:",
	"Tại xã {xa}:",
	"Với {n} hộ dân:",
	"Điểm mới:",
}
