package benchgen

// Term is one entry of a site.yaml vocabulary list.
type Term struct {
	Key         string
	Name        string
	Description string
}

// Categories, Districts and Criteria are the vocabularies written to
// site.yaml and referenced from every generated profile.
var Categories = []Term{
	{"lao-dong-san-xuat", "Lao động sản xuất, kinh doanh", "Những gương điển hình trong lao động, sản xuất và kinh doanh giỏi"},
	{"giao-duc", "Giáo dục, đào tạo", "Thầy cô giáo, học sinh và các trường học tiêu biểu"},
	{"y-te", "Y tế", "Cán bộ y tế và cơ sở y tế tận tụy vì sức khỏe nhân dân"},
	{"quoc-phong-an-ninh", "Quốc phòng, an ninh", "Lực lượng vũ trang và quần chúng bảo vệ an ninh trật tự"},
	{"nhan-dao-tu-thien", "Nhân đạo, từ thiện", "Những tấm lòng nhân ái, hoạt động nhân đạo từ thiện"},
	{"nong-thon-moi", "Xây dựng nông thôn mới", "Tập thể, cá nhân đóng góp xây dựng nông thôn mới"},
	{"van-hoa-the-thao", "Văn hóa, thể thao", "Giữ gìn bản sắc văn hóa và phong trào thể dục thể thao"},
	{"dan-toc-ton-giao", "Dân tộc, tôn giáo", "Người có uy tín, chức sắc tôn giáo và làng tiêu biểu"},
}

var Districts = []Term{
	{"pleiku", "Pleiku", ""},
	{"an-khe", "An Khê", ""},
	{"ayun-pa", "Ayun Pa", ""},
	{"kbang", "Kbang", ""},
	{"dak-doa", "Đak Đoa", ""},
	{"chu-pah", "Chư Păh", ""},
	{"ia-grai", "Ia Grai", ""},
	{"mang-yang", "Mang Yang", ""},
	{"kong-chro", "Kông Chro", ""},
	{"duc-co", "Đức Cơ", ""},
	{"chu-prong", "Chư Prông", ""},
	{"chu-se", "Chư Sê", ""},
	{"dak-po", "Đak Pơ", ""},
	{"ia-pa", "Ia Pa", ""},
	{"krong-pa", "Krông Pa", ""},
	{"phu-thien", "Phú Thiện", ""},
	{"chu-puh", "Chư Pưh", ""},
}

var Criteria = []Term{
	{"thanh-tich-xuat-sac", "Thành tích xuất sắc", ""},
	{"dan-dau-phong-trao", "Dẫn đầu phong trào thi đua", ""},
	{"chap-hanh-chu-truong-phap-luat", "Chấp hành tốt chủ trương, chính sách, pháp luật", ""},
	{"hoc-tap-lam-theo-bac", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", ""},
	{"tuong-than-tuong-ai", "Tương thân tương ái", ""},
	{"ung-ho-quy-nhan-dao", "Ủng hộ quỹ nhân đạo", ""},
	{"xay-dung-don-vi-vung-manh", "Xây dựng đơn vị vững mạnh", ""},
	{"phat-trien-kinh-te-xa-hoi", "Phát triển kinh tế – xã hội", ""},
	{"tap-the-suy-ton", "Được tập thể suy tôn", ""},
	{"sang-kien", "Sáng kiến, cải tiến", ""},
	{"hanh-dong-dung-cam", "Hành động dũng cảm", ""},
}

// FirstYear and LastYear bound the profile years (12 years).
const (
	FirstYear = 2009
	LastYear  = 2020
)

// districtUnit returns the administrative prefix of a district.
func districtUnit(key string) string {
	switch key {
	case "pleiku":
		return "thành phố"
	case "an-khe", "ayun-pa":
		return "thị xã"
	}
	return "huyện"
}

// communes lists a few communes (xã/phường) per district.
var communes = map[string][]string{
	"pleiku":    {"Biển Hồ", "Chư Á", "Tân Sơn", "Diên Phú", "Gào", "Ia Kênh", "Trà Bá"},
	"an-khe":    {"Song An", "Cửu An", "Tú An", "Xuân An", "Thành An"},
	"ayun-pa":   {"Ia Rbol", "Ia Sao", "Chư Băh", "Ia Rtô"},
	"kbang":     {"Sơn Lang", "Sơ Pai", "Kon Pne", "Đak Rong", "Krong", "Lơ Ku", "Tơ Tung"},
	"dak-doa":   {"Glar", "Hà Bầu", "Ia Băng", "K'Dang", "Hà Đông", "Trang", "Nam Yang"},
	"chu-pah":   {"Ia Ka", "Nghĩa Hưng", "Hà Tây", "Ia Mơ Nông", "Đăk Tơ Ver", "Ia Khươl"},
	"ia-grai":   {"Ia Dêr", "Ia Chía", "Ia O", "Ia Hrung", "Ia Krái", "Ia Tô"},
	"mang-yang": {"Kon Thụp", "Đê Ar", "Lơ Pang", "Hra", "Ayun", "Đak Djrăng"},
	"kong-chro": {"Chư Krey", "Đăk Song", "Yang Nam", "Ya Ma", "SRó", "Đăk Pling"},
	"duc-co":    {"Ia Dom", "Ia Nan", "Ia Pnôn", "Ia Kla", "Ia Krêl", "Ia Dơk"},
	"chu-prong": {"Ia Mơr", "Ia Púch", "Ia Pia", "Ia Lâu", "Bàu Cạn", "Ia Vê"},
	"chu-se":    {"Ia Blang", "Dun", "Ia Tiêm", "Bar Măih", "Kông Htok", "H'Bông"},
	"dak-po":    {"Hà Tam", "Yang Bắc", "Tân An", "Cư An", "Phú An"},
	"ia-pa":     {"Ia Mrơn", "Kim Tân", "Pờ Tó", "Chư Răng", "Ia Trôk"},
	"krong-pa":  {"Ia Rsai", "Chư Gu", "Phú Cần", "Ia Mlah", "Đất Bằng", "Chư Drăng"},
	"phu-thien": {"Ia Sol", "Ia Piar", "Ia Ake", "Chư A Thai", "Ia Hiao"},
	"chu-puh":   {"Ia Le", "Ia Hrú", "Ia Phang", "Chư Don", "Ia Dreng"},
}

var villages = []string{
	"Plei Ốp", "Plei Ring", "Plei Ngol", "Plei Bông", "Kte", "Klăh", "Đê Kjiêng",
	"Mơ Hra", "Kon Hoa", "Tơ Nung", "Dơr", "Bông Phun", "Kép", "Chớp", "Ia Gri",
	"Pơ Nang", "Ktu", "Đê Ktu", "Ia Rốt", "Blo", "Groi", "Hra Ia", "Krối", "Bi",
	"Tơ Drăh", "Kon Chrăh", "Ia Tang", "Bah Kơ Ral", "Ơp", "Jơ Ut",
}

// Kinh names.
var (
	kinhFamily = []string{"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"}
	kinhMidM   = []string{"Văn", "Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Công", "Ngọc"}
	kinhMidF   = []string{"Thị", "Thị", "Thị", "Thị Thu", "Ngọc", "Thanh", "Kim", "Thị Hồng"}
	kinhGivenM = []string{"Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Sơn", "Thắng", "Cường", "Long", "Phúc",
		"Quang", "Trung", "Hiếu", "Khánh", "Vinh", "Lộc", "Tài", "Đạt", "Hòa", "Bình", "Toàn", "Thành"}
	kinhGivenF = []string{"Lan", "Hoa", "Hương", "Mai", "Ngọc", "Hằng", "Thảo", "Trang", "Nhung", "Hạnh",
		"Yến", "Oanh", "Thủy", "Liên", "Dung", "Hiền", "Nga", "Loan", "Vân", "Phượng"}
)

// Jrai names: clan name + given name (women: H'…).
var (
	jraiClan   = []string{"Ksor", "Rơ Mah", "Siu", "Rơ Lan", "Nay", "Kpă", "Puih", "Rơ Châm", "Rah Lan"}
	jraiGivenM = []string{"Phước", "Tuấn", "Đoan", "Phi", "Thuyên", "Bin", "Long", "Trung", "Yin", "Tư",
		"Kheo", "Blơi", "Dík", "Hyưr", "Nhơn", "Thoan", "Lửu", "Khiêm"}
	jraiGivenF = []string{"H'Bia", "H'Hen", "H'Nga", "H'Lim", "H'Yam", "H'Dơng", "H'Lan", "H'Brưn",
		"H'Nhi", "H'Mai", "H'Blông", "H'Prĭm", "H'Ngăn", "H'Wen"}
)

// Bahnar names: Đinh Văn/Đinh Thị …, A … (men), Y … (women).
var (
	bahnarGivenM = []string{"Nơi", "Thưm", "Sanh", "Rin", "Hyuk", "Blun", "Kưng", "Đát", "Pớt", "Hmưn", "Gyưh", "Tưk"}
	bahnarGivenF = []string{"Hiền", "Blao", "Nhơ", "Bri", "Hlin", "Lưu", "Ngọc", "Thuah", "Glơng", "Phơn"}
)

var schoolHeroes = []string{"Nguyễn Văn Trỗi", "Lê Văn Tám", "Kim Đồng", "Anh hùng Núp", "Võ Thị Sáu",
	"Trần Quốc Toản", "Lê Quý Đôn", "Chu Văn An", "Lý Tự Trọng", "Nguyễn Viết Xuân"}

var borderPosts = []string{"Ia Mơr", "Ia Púch", "Ia Nan", "Ia Dom", "Ia O", "Ia Chía", "Ia Pnôn", "Ia Lâu"}

type awardKind struct {
	Title, Issuer, Suffix string
	District              bool // issuer is the district People's Committee
}

var awardKinds = []awardKind{
	{"Bằng khen của Chủ tịch UBND tỉnh", "UBND tỉnh Gia Lai", "QĐ-UBND", false},
	{"Bằng khen của Chủ tịch UBND tỉnh", "UBND tỉnh Gia Lai", "QĐ-UBND", false},
	{"Giấy khen của Chủ tịch UBND huyện", "", "QĐ-UBND", true},
	{"Giấy khen của Chủ tịch UBND huyện", "", "QĐ-UBND", true},
	{"Chiến sĩ thi đua cấp tỉnh", "UBND tỉnh Gia Lai", "QĐ-UBND", false},
	{"Cờ thi đua của UBND tỉnh", "UBND tỉnh Gia Lai", "QĐ-UBND", false},
	{"Bằng khen của Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "QĐ-TTg", false},
	{"Huân chương Lao động hạng Ba", "Chủ tịch nước", "QĐ-CTN", false},
	{"Bằng khen của Bộ trưởng Bộ Y tế", "Bộ Y tế", "QĐ-BYT", false},
	{"Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", "QĐ-BGDĐT", false},
	{"Bằng khen của Bộ Tư lệnh Bộ đội Biên phòng", "Bộ Tư lệnh Bộ đội Biên phòng", "QĐ-BTL", false},
	{"Bằng khen của Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "Trung ương Hội LHPN Việt Nam", "QĐ-ĐCT", false},
	{"Bằng khen của Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương MTTQ Việt Nam", "QĐ-MTTW", false},
}
