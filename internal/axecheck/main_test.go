package main

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

var site = fstest.MapFS{
	"index.html":   {Data: []byte("<!DOCTYPE html><title>home</title>")},
	"404.html":     {Data: []byte("not found page")},
	"css/site.css": {Data: []byte("body { color: red }")},
	"ho-so/index.html": {Data: []byte(`<form><select id="loc-loai" name="loai" data-column="1">
  <option value="">Tất cả</option>
  <option value="ca-nhan">Cá nhân (3)</option></select></form>`)},
	"ho-so/trang/2/index.html":      {Data: []byte("list 2")},
	"ho-so/a-khong-anh/index.html":  {Data: []byte("profile a")},
	"ho-so/b-co-anh/index.html":     {Data: []byte("<h1>Đinh  Văn\n<span>B</span> &amp; C</h1>")},
	"ho-so/b-co-anh/chan-dung.jpg":  {Data: []byte("jpeg")},
	"tim-kiem/index.html":           {Data: []byte("search")},
	"tim-kiem/chi-muc/0.json":       {Data: []byte("{}")},
	"dia-ban/index.html":            {Data: []byte("terms")},
	"dia-ban/pleiku/index.html":     {Data: []byte("term list")},
	"dia-ban/pleiku/index.xml":      {Data: []byte("<feed/>")},
	"ho-so/b-co-anh/anh-320w.webp":  {Data: []byte("webp")},
	"nam/2020/trang/2/index.html":   {Data: []byte("year page 2")},
	"thong-ke/chua-co-trang/x.json": {Data: []byte("{}")}, // a folder without index.html
}

func TestDefaultPages(t *testing.T) {
	got := defaultPages(site)
	want := []string{"/", "/ho-so/b-co-anh/", "/ho-so/", "/ho-so/?loai=ca-nhan", "/ho-so/trang/2/", "/dia-ban/",
		"/tim-kiem/", "/tim-kiem/?q=%C4%90inh+V%C4%83n+B+%26+C", "/404.html"}
	if !slices.Equal(got, want) {
		t.Errorf("defaultPages = %q, want %q", got, want)
	}
}

func TestAllPages(t *testing.T) {
	got := allPages(site)
	want := []string{"/", "/404.html", "/dia-ban/", "/dia-ban/pleiku/", "/ho-so/", "/ho-so/a-khong-anh/",
		"/ho-so/b-co-anh/", "/ho-so/trang/2/", "/nam/2020/trang/2/", "/tim-kiem/"}
	if !slices.Equal(got, want) {
		t.Errorf("allPages = %q, want %q", got, want)
	}
}

func TestHandler(t *testing.T) {
	srv := httptest.NewServer(handler(site))
	defer srv.Close()
	// The default transport asks for gzip and undoes it; ask by hand to see
	// the encoding.
	get := func(path string, gz bool) (*http.Response, string) {
		t.Helper()
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		if gz {
			req.Header.Set("Accept-Encoding", "gzip")
		}
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var r io.Reader = resp.Body
		if resp.Header.Get("Content-Encoding") == "gzip" {
			zr, err := gzip.NewReader(resp.Body)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			r = zr
		}
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return resp, string(b)
	}
	tests := []struct {
		path     string
		gzip     bool
		status   int
		body     string
		encoding string
		ctype    string
	}{
		{"/", true, 200, "home", "gzip", "text/html"},
		{"/", false, 200, "home", "", "text/html"},
		{"/ho-so/trang/2/", true, 200, "list 2", "gzip", "text/html"},
		{"/ho-so/?loai=ca-nhan", true, 200, "loai", "gzip", "text/html"},
		{"/css/site.css", true, 200, "color: red", "gzip", "text/css"},
		{"/ho-so/b-co-anh/chan-dung.jpg", true, 200, "jpeg", "", "image/jpeg"},
		{"/khong-co/", true, 404, "not found page", "", "text/html"},
		{"/thong-ke/chua-co-trang/", true, 404, "not found page", "", "text/html"},
		{"/ho-so", false, 301, "", "", ""}, // a folder without its slash
	}
	for _, tt := range tests {
		resp, body := get(tt.path, tt.gzip)
		if resp.StatusCode != tt.status {
			t.Errorf("%s: status %d, want %d", tt.path, resp.StatusCode, tt.status)
		}
		if !strings.Contains(body, tt.body) {
			t.Errorf("%s: body %q does not contain %q", tt.path, body, tt.body)
		}
		if got := resp.Header.Get("Content-Encoding"); got != tt.encoding {
			t.Errorf("%s: Content-Encoding %q, want %q", tt.path, got, tt.encoding)
		}
		if got := resp.Header.Get("Content-Type"); !strings.HasPrefix(got, tt.ctype) {
			t.Errorf("%s: Content-Type %q, want %s…", tt.path, got, tt.ctype)
		}
	}
}
