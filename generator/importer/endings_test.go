package importer

import "testing"

func TestKeepLineEndings(t *testing.T) {
	tests := []struct{ orig, text, want string }{
		{"---\ntitle: a\n---\n", "---\ntitle: a\n---\n\nmới\n", "---\ntitle: a\n---\n\nmới\n"},
		{"---\r\ntitle: a\r\n---\r\n", "---\r\ntitle: a\r\n---\r\n\nmới\n", "---\r\ntitle: a\r\n---\r\n\r\nmới\r\n"},
		{"", "a\n", "a\n"},
		{"\n", "a\n", "a\n"},
	}
	for _, tt := range tests {
		if got := string(keepLineEndings([]byte(tt.orig), []byte(tt.text))); got != tt.want {
			t.Errorf("keepLineEndings(%q, %q) = %q, want %q", tt.orig, tt.text, got, tt.want)
		}
	}
}
