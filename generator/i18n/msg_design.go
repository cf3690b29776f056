package i18n

// Words of the default design that the render stage writes into page
// titles: the natural headings of term pages when site.yaml gives a
// dimension no heading of its own. They are site text, formatted in
// Vietnamese (Msg.In(Vi)) whatever language the command line speaks.
var (
	// HeadingYear is the heading of a year's page: "Gương sáng năm 2020".
	HeadingYear = New("Gương sáng năm %s", "Exemplary people of %s")
	// HeadingBadge is the heading of a kind's page: "Cá nhân tiêu biểu".
	HeadingBadge = New("%s tiêu biểu", "Exemplary: %s")
	// HeadingPlace is the heading of a place's page, with the place's
	// full name: "Gương sáng huyện Đak Đoa".
	HeadingPlace = New("Gương sáng %s", "Exemplary people of %s")
	// HeadingTopic is the heading of a term of another single-valued
	// dimension: the dimension's name in lower case, then the term's:
	// "Gương sáng lĩnh vực Y tế".
	HeadingTopic = New("Gương sáng %[1]s %[2]s", "Exemplary people: %[1]s %[2]s")
	// HeadingOther is the heading of a term of a dimension with several
	// values per profile (criteria): "Tiêu chí: Hành động dũng cảm".
	HeadingOther = New("%[1]s: %[2]s", "%[1]s: %[2]s")
)
