// Live reload for `guongsang serve`. The preview server adds this file to
// every page; `guongsang build` never does. It tells the server which
// page it shows and listens to its events (see
// generator/preview/events.go):
//
//   pages        these pages are up to date: reload if this is one
//   reload       the rest is: reload if this page, or a file it names,
//                changed (or everything may have)
//   css          swap the changed stylesheets, without a reload
//   build-error  show the errors over the page, which stays the last good one
//   ok           remove the errors
//
// EventSource reconnects by itself when the server goes away; when it comes
// back as another process, or after changes this page missed, the page
// reloads once. The overlay is built with DOM methods and styled by a
// stylesheet from the server, so the theme's Content-Security-Policy
// (script-src 'self'; style-src 'self') allows all of it.
(function () {
  "use strict";
  var prefix = "/_guongsang/";
  var seen = null; // {id, gen} of the server as this page knows it
  var overlay = null;
  var source = null;

  function loadStyle() {
    if (document.getElementById("guongsang-style")) {
      return;
    }
    var link = document.createElement("link");
    link.id = "guongsang-style";
    link.rel = "stylesheet";
    link.href = prefix + "livereload.css";
    document.head.appendChild(link);
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }

  function where(p) {
    var s = p.path || "";
    if (p.line > 0) {
      s += ":" + p.line;
      if (p.col > 0) {
        s += ":" + p.col;
      }
    }
    return s;
  }

  // show puts the errors over the page, in the words the server sends
  // (the language of its messages), Vietnamese when it sends none.
  function show(errors, words) {
    words = words || {};
    var t = words.title || "%d lỗi";
    hide();
    loadStyle();
    overlay = el("div", "guongsang-overlay");
    overlay.id = "guongsang-overlay";
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-labelledby", "guongsang-overlay-title");
    var box = el("div", "guongsang-box");
    var title = el("h2", "guongsang-title", t.replace("%d", String(errors.length)));
    title.id = "guongsang-overlay-title";
    box.appendChild(title);
    box.appendChild(el("p", "guongsang-note", words.note ||
      "Trang đang hiển thị bản dựng tốt gần nhất. Sửa tệp rồi lưu: thông báo này tự biến mất."));
    var list = el("ol", "guongsang-errors");
    errors.forEach(function (p) {
      var item = el("li", "guongsang-error");
      if (p.path) {
        item.appendChild(el("code", "guongsang-where", where(p)));
        item.appendChild(document.createTextNode(" "));
      }
      if (p.field) {
        item.appendChild(el("span", "guongsang-field", p.field + ": "));
      }
      item.appendChild(el("span", "guongsang-msg", p.msg));
      if (p.hint) {
        item.appendChild(el("div", "guongsang-hint", (words.hint || "Gợi ý: ") + p.hint));
      }
      list.appendChild(item);
    });
    box.appendChild(list);
    var close = el("button", "guongsang-close", words.close || "Đóng");
    close.type = "button";
    close.addEventListener("click", hide);
    box.appendChild(close);
    overlay.appendChild(box);
    document.body.appendChild(overlay);
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function swapStyles(paths) {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    Array.prototype.forEach.call(links, function (link) {
      var u = new URL(link.href, location.href);
      if (u.origin !== location.origin || paths.indexOf(u.pathname) < 0) {
        return;
      }
      u.searchParams.set("guongsang", String(Date.now()));
      var next = link.cloneNode(false);
      next.href = u.pathname + u.search;
      var done = function () {
        link.remove();
      };
      next.addEventListener("load", done);
      next.addEventListener("error", done);
      link.after(next);
    });
  }

  // follow notes a change this page does not show, so that reconnecting
  // later does not take it for a missed one.
  function follow(d) {
    if (seen !== null && typeof d.gen === "number") {
      seen.gen = d.gen;
      document.documentElement.setAttribute("data-guongsang-gen", d.gen);
    }
  }

  // here is this page's path as events name pages: "/ho-so/a/".
  function here() {
    var p = location.pathname;
    return p.slice(-11) === "/index.html" ? p.slice(0, -10) : p;
  }

  function listed(pages) {
    return !!pages && pages.indexOf(here()) >= 0;
  }

  // named reports whether this page's HTML names one of the URL paths as
  // a whole (in an attribute, a srcset, a data-index).
  function named(paths) {
    if (!paths || paths.length === 0) {
      return false;
    }
    var html = document.documentElement.outerHTML;
    var inURL = /[\w.\/%-]/;
    return paths.some(function (p) {
      for (var i = html.indexOf(p); i >= 0; i = html.indexOf(p, i + 1)) {
        if (!inURL.test(html.charAt(i - 1)) && !inURL.test(html.charAt(i + p.length))) {
          return true;
        }
      }
      return false;
    });
  }

  function data(e) {
    try {
      return JSON.parse(e.data);
    } catch (err) {
      return {};
    }
  }

  function connect() {
    source = new EventSource(prefix + "events?page=" + encodeURIComponent(location.pathname));
    source.addEventListener("hello", function (e) {
      var h = data(e);
      // For tests and curious eyes: the page is listening, at this
      // generation of the site.
      document.documentElement.setAttribute("data-guongsang-live", h.id);
      document.documentElement.setAttribute("data-guongsang-gen", h.gen);
      if (seen === null) {
        seen = h;
      } else if (h.id !== seen.id || h.gen !== seen.gen) {
        location.reload();
      }
    });
    source.addEventListener("pages", function (e) {
      var d = data(e);
      if (listed(d.pages)) {
        location.reload();
        return;
      }
      follow(d);
      hide();
    });
    source.addEventListener("reload", function (e) {
      var d = data(e);
      if (d.all || listed(d.pages) || named(d.files)) {
        location.reload();
        return;
      }
      follow(d);
      hide();
    });
    source.addEventListener("css", function (e) {
      var d = data(e);
      follow(d);
      hide();
      swapStyles(d.paths || []);
    });
    source.addEventListener("build-error", function (e) {
      var d = data(e);
      show(d.errors || [], d.words);
    });
    source.addEventListener("ok", function () {
      if (document.documentElement.hasAttribute("data-guongsang-error")) {
        location.reload();
        return;
      }
      hide();
    });
    source.onerror = function () {
      // EventSource retries by itself after a network error but gives up
      // for good on an HTTP error, as a stopping server may answer.
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        setTimeout(connect, 1000);
      }
    };
  }

  connect();
})();
