// The editor's toolbar on every page of the preview: "Sửa hồ sơ này" on a
// profile's page, "Hồ sơ mới" everywhere. soan.go wraps this file in a
// function that receives W, the words and addresses; the build never
// loads it (it comes in with the live-reload tag).
"use strict";
if (!document.getElementById("guongsang-soan-bar")) {
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = W.css;
  document.head.appendChild(css);
  var bar = document.createElement("nav");
  bar.id = "guongsang-soan-bar";
  bar.setAttribute("aria-label", W.list);
  var add = function (href, text, id) {
    var a = document.createElement("a");
    a.href = href;
    a.id = id;
    a.textContent = text;
    bar.appendChild(a);
  };
  if (/^\/ho-so\/[^/]+\/$/.test(location.pathname)) {
    add(W.base + "sua?u=" + encodeURIComponent(location.pathname), W.edit, "guongsang-soan-edit");
  }
  add(W.base + "sua", W["new"], "guongsang-soan-new");
  add(W.base, W.list, "guongsang-soan-list");
  document.body.appendChild(bar);
}
