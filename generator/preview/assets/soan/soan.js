// The profile editor of `guongsang serve` (soan.go): the list of profiles
// and the form. Every word comes from the boot data, which the server
// fills from the message catalog; every check and every rendering is the
// server's (the code of `guongsang check` and the site's Markdown), never
// a copy in JavaScript. No inline script, no inline style: the page runs
// under the site's Content-Security-Policy.
(function () {
  "use strict";

  var B = JSON.parse(document.getElementById("soan-boot").textContent);
  var W = B.words;
  var main = document.getElementById("soan-main");

  // fmt fills %[1]s-style verbs, as Go's fmt does for the catalog.
  function fmt(s) {
    var args = arguments;
    return s.replace(/%\[(\d+)\][sd]/g, function (_, n) { return String(args[+n]); });
  }

  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === undefined || v === null || v === false) return;
        if (k === "text") e.textContent = v;
        else if (k === "on") Object.keys(v).forEach(function (ev) { e.addEventListener(ev, v[ev]); });
        else if (k in e && k !== "list" && k !== "type") e[k] = v;
        else e.setAttribute(k, v === true ? "" : v);
      });
    }
    (kids || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }

  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }

  // api calls the editor's JSON API; writes carry the session token.
  function api(method, name, body) {
    var opts = { method: method, headers: {} };
    if (method === "POST") {
      opts.headers[B.header] = B.token;
      if (body instanceof FormData) opts.body = body;
      else {
        opts.headers["Content-Type"] = "application/json";
        opts.body = JSON.stringify(body);
      }
    }
    return fetch(B.api + name, opts).then(function (r) {
      return r.json().then(function (d) { return { status: r.status, data: d }; });
    });
  }

  // fold makes text searchable the way site.yaml's terms are resolved:
  // marks stripped, đ as d, lower case.
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase();
  }

  // termLabel is a term as a choice shows it: its name, and when a place
  // existed if it did not always ("Chư Păh (đến 30/6/2025)").
  function termLabel(t) { return t.note ? t.name + " (" + t.note + ")" : t.name; }

  function termName(vocab, key) {
    var list = B.vocab[vocab] || [];
    for (var i = 0; i < list.length; i++) if (list[i].key === key) return list[i].name;
    return key || "";
  }

  if (B.off) {
    clear(main);
    main.appendChild(el("p", { className: "soan-off", role: "alert", text: B.off }));
    return;
  }
  if (B.view === "list") list(); else form();

  // ---------------------------------------------------------------- list

  function list() {
    clear(main);
    var collator = new Intl.Collator("vi");
    var status = el("p", { className: "soan-count", "aria-live": "polite", text: W.loading });
    var search = el("input", { type: "search", id: "soan-search", placeholder: W.search, "aria-label": W.search });
    function sel(id, first, opts) {
      var s = el("select", { id: id, "aria-label": first }, [el("option", { value: "", text: first })]);
      opts.forEach(function (o) { s.appendChild(el("option", { value: o[0], text: o[1] })); });
      return s;
    }
    // The dimensions come from site.yaml (B.list): a column for those
    // shown on cards, a filter for those the site filters by; row.x holds
    // each one's values in the same order.
    var terms = function (v) { return (B.vocab[v] || []).map(function (t) { return [t.key, termLabel(t)]; }); };
    var dimFilters = [];
    B.list.forEach(function (d, i) {
      if (d.filter) dimFilters.push({ i: i, d: d, s: sel("soan-dim-" + (d.key || "year"), d.all, d.key ? terms(d.key) : []) });
    });
    var fState = sel("soan-state", W.allStates, [["pub", W.published], ["draft", W.draft]]);
    var fProb = el("input", { type: "checkbox", id: "soan-problems" });
    var table = el("table", { className: "soan-table" });
    var tbody = el("tbody");
    var heads = [W.colTitle];
    B.list.forEach(function (d) { if (d.col) heads.push(d.label); });
    heads.push(W.colState, W.colProblems);
    table.appendChild(el("thead", null, [el("tr", null, heads.map(function (h) {
      return el("th", { scope: "col", text: h });
    }))]));
    table.appendChild(tbody);
    var more = el("button", { type: "button", className: "soan-more", text: W.more, hidden: true });
    var trashBtn = el("button", { type: "button", id: "soan-trash-open", text: W.trash });
    var trashBox = el("section", { id: "soan-trash", hidden: true });
    main.appendChild(el("h1", { text: W.list }));
    // Each select sits in a visible label: once a value is chosen the
    // select shows only that value ("Gia Rai"), and the label keeps saying
    // which filter it is ("Dân tộc").
    function labelled(text, s) { return el("label", { className: "soan-sel" }, [el("span", { text: text }), s]); }
    main.appendChild(el("div", { className: "soan-filters" }, [search].concat(dimFilters.map(function (f) { return labelled(f.d.label, f.s); }), [labelled(W.colState, fState),
      el("label", { className: "soan-check" }, [fProb, " " + W.onlyProblems]), el("a", { className: "soan-button", href: B.base + "sua", text: W.new }), trashBtn])));
    main.appendChild(status);
    main.appendChild(table);
    main.appendChild(more);
    main.appendChild(trashBox);

    var rows = [], shown = [], limit = 200;
    api("GET", "ds").then(function (r) {
      rows = r.data.rows || [];
      rows.forEach(function (x) { x.x = x.x || []; x.f = fold(x.t + " " + (x.o || "") + " " + x.p); });
      rows.sort(function (a, b) { return collator.compare(a.t, b.t) || (a.p < b.p ? -1 : 1); });
      dimFilters.forEach(function (f) {
        if (f.d.key) return;
        var years = {};
        rows.forEach(function (x) { (x.x[f.i] || []).forEach(function (y) { years[y] = true; }); });
        Object.keys(years).sort().reverse().forEach(function (y) { f.s.appendChild(el("option", { value: y, text: y })); });
      });
      apply();
    }, function () { status.textContent = W.netError; });

    function apply() {
      var q = fold(search.value).trim().split(/\s+/).filter(Boolean);
      shown = rows.filter(function (x) {
        for (var j = 0; j < dimFilters.length; j++) {
          var f = dimFilters[j];
          if (f.s.value && (x.x[f.i] || []).indexOf(f.s.value) < 0) return false;
        }
        if (fState.value === "pub" && x.dr) return false;
        if (fState.value === "draft" && !x.dr) return false;
        if (fProb.checked && !x.e && !x.w) return false;
        for (var i = 0; i < q.length; i++) if (x.f.indexOf(q[i]) < 0) return false;
        return true;
      });
      limit = 200;
      draw();
    }

    function draw() {
      clear(tbody);
      var frag = document.createDocumentFragment();
      shown.slice(0, limit).forEach(function (x) {
        var probs = [];
        if (x.e) probs.push(fmt(W.errors, x.e));
        if (x.w) probs.push(fmt(W.warnings, x.w));
        frag.appendChild(el("tr", { className: x.e ? "soan-bad" : "" }, [
          el("td", null, [el("a", { href: B.base + "sua?p=" + encodeURIComponent(x.p), text: x.t || x.p }), el("br"), el("small", { text: x.p })]),
        ].concat(B.list.filter(function (d) { return d.col; }).map(function (d) {
          var i = B.list.indexOf(d);
          return el("td", { text: (x.x[i] || []).map(function (k) { return d.key ? termName(d.key, k) : k; }).join(", ") });
        }), [
          el("td", null, [el("span", { className: x.dr ? "soan-badge soan-draft" : "soan-badge", text: x.dr ? W.draft : W.published })]),
          el("td", { title: x.m || "", text: probs.join(", ") || W.noProblem })
        ])));
      });
      tbody.appendChild(frag);
      more.hidden = shown.length <= limit;
      status.textContent = fmt(W.count, shown.length.toLocaleString("vi"), rows.length.toLocaleString("vi"));
    }

    var timer;
    search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
    dimFilters.map(function (f) { return f.s; }).concat([fState, fProb]).forEach(function (s) { s.addEventListener("change", apply); });
    more.addEventListener("click", function () { limit += 500; draw(); });
    trashBtn.addEventListener("click", function () { trashBox.hidden = !trashBox.hidden; if (!trashBox.hidden) showTrash(trashBox); });
  }

  function showTrash(box) {
    clear(box);
    box.appendChild(el("h2", { text: W.trash }));
    api("GET", "thung-rac").then(function (r) {
      var ents = r.data.entries || [];
      if (!ents.length) box.appendChild(el("p", { text: W.trashEmpty }));
      var ul = el("ul", { className: "soan-trash-list" });
      ents.forEach(function (t) {
        var li = el("li", null, [el("strong", { text: t.title || t.path }), " ", el("small", { text: t.path + " · " + t.id }), " "]);
        li.appendChild(el("button", { type: "button", text: W.restore, on: { click: function () {
          api("POST", "khoi-phuc", { id: t.id }).then(function (r) {
            clear(li);
            li.appendChild(el("span", { role: "status", text: r.status === 200 ? fmt(W.restored, r.data.path) : r.data.error }));
          });
        } } }));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    });
  }

  // ---------------------------------------------------------------- form

  function form() {
    var params = new URLSearchParams(location.search);
    var state = { path: "", version: "", url: "", media: [], bundle: false, photos: [] };
    if (params.get("p") || params.get("u")) {
      var q = params.get("p") ? "p=" + encodeURIComponent(params.get("p")) : "u=" + encodeURIComponent(params.get("u"));
      api("GET", "ho-so?" + q).then(function (r) {
        if (r.status !== 200) {
          clear(main);
          main.appendChild(el("p", { className: "soan-error", role: "alert", text: r.data.error }));
          return;
        }
        build(r.data);
      }, function () { main.textContent = W.netError; });
    } else {
      var dims = {};
      if (B.yearField) dims[B.yearField] = [String(B.year)];
      build({ path: "", version: "", values: { draft: true, dims: dims, awards: [] }, body: B.newBody, media: [], problems: [] });
    }

    function build(p) {
      state.path = p.path; state.version = p.version; state.url = p.url || ""; state.media = p.media || []; state.bundle = p.bundle;
      clear(main);
      var ctl = {};
      var msgs = {};
      var left = el("div", { className: "soan-fields" });
      var general = el("div", { className: "soan-general", id: "soan-general", role: "status", "aria-live": "polite" });
      main.appendChild(el("h1", { id: "soan-title", text: p.values.title || W.new }));
      if (p.readonly) main.appendChild(el("p", { className: "soan-error", role: "alert", text: W.readOnly + p.readonly }));
      var banner = el("div", { id: "soan-banner", hidden: true, role: "alert" });
      main.appendChild(banner);

      B.fields.forEach(function (f) {
        var id = "f-" + f.key;
        var box = el("div", { className: "soan-field soan-" + f.type, "data-field": f.key });
        var label = el("label", { htmlFor: id, text: f.label + (f.req ? " *" : "") });
        var msg = el("p", { className: "soan-msg", id: "m-" + f.key, "aria-live": "polite" });
        msgs[f.key] = msg;
        var c;
        switch (f.type) {
          case "textarea":
            c = el("textarea", { id: id, rows: 2 });
            break;
          case "select":
            c = el("select", { id: id }, [el("option", { value: "", text: W.choose })]);
            (B.vocab[f.vocab] || []).forEach(function (t) { c.appendChild(el("option", { value: t.key, text: termLabel(t) })); });
            if ((B.vocab[f.vocab] || []).length > 10) {
              var filt = el("input", { type: "search", className: "soan-filter", placeholder: W.filterList, "aria-label": W.filterList + " " + f.label });
              filt.addEventListener("input", function () {
                var q = fold(filt.value);
                Array.prototype.forEach.call(c.options, function (o) { o.hidden = o.value !== "" && fold(o.text + " " + o.value).indexOf(q) < 0; });
              });
              box.appendChild(label);
              box.appendChild(filt);
              label = null;
            }
            break;
          case "multi":
            c = el("fieldset", { id: id, className: "soan-multi" }, [el("legend", { text: f.label + (f.req ? " *" : "") })]);
            var mf = el("input", { type: "search", className: "soan-filter", placeholder: W.filterList, "aria-label": W.filterList + " " + f.label });
            var opts = el("div", { className: "soan-options" });
            (B.vocab[f.vocab] || []).forEach(function (t) {
              opts.appendChild(el("label", { className: "soan-option", "data-fold": fold(t.name + " " + t.key + " " + (t.aliases || []).join(" ")) },
                [el("input", { type: "checkbox", value: t.key, name: f.key }), " " + termLabel(t)]));
            });
            mf.addEventListener("input", function () {
              var q = fold(mf.value);
              Array.prototype.forEach.call(opts.children, function (o) { o.hidden = o.getAttribute("data-fold").indexOf(q) < 0; });
            });
            c.appendChild(mf);
            c.appendChild(opts);
            label = null;
            break;
          case "year":
            c = el("input", { type: "text", id: id, inputMode: "numeric", size: 6, autocomplete: "off" });
            break;
          case "date":
            c = el("input", { type: "date", id: id });
            break;
          case "bool":
            c = el("input", { type: "checkbox", id: id, role: "switch" });
            box.appendChild(el("label", { className: "soan-switch", htmlFor: id }, [c, " " + f.label]));
            label = null;
            break;
          case "photo":
            c = el("select", { id: id });
            break;
          case "awards":
            c = el("div", { id: id, className: "soan-awards" });
            break;
          default:
            c = el("input", { type: "text", id: id });
        }
        if (label) box.appendChild(label);
        if (f.type !== "bool") box.appendChild(c);
        if (f.type === "awards") {
          box.appendChild(el("button", { type: "button", id: "soan-award-add", text: W.awardAdd, on: { click: function () { addAward({}); changed(); } } }));
        }
        box.appendChild(msg);
        ctl[f.key] = c;
        left.appendChild(box);
      });

      function addAward(a) {
        var row = el("div", { className: "soan-award" });
        [["title", W.awardTitle], ["year", W.awardYear], ["issuer", W.awardIssuer], ["decision", W.awardDecision]].forEach(function (k) {
          row.appendChild(el("label", null, [k[1], el("input", { type: "text", "data-k": k[0], value: a[k[0]] || "", size: k[0] === "year" ? 6 : 20 })]));
        });
        row.appendChild(el("button", { type: "button", className: "soan-award-remove", text: W.awardRemove, on: { click: function () { row.remove(); changed(); } } }));
        row.appendChild(el("p", { className: "soan-msg" }));
        ctl.awards.appendChild(row);
      }

      function photoOptions(cur) {
        var s = ctl.photo;
        clear(s);
        s.appendChild(el("option", { value: "", text: W.noPhoto }));
        var names = state.media.map(function (m) { return m.name; });
        if (cur && names.indexOf(cur) < 0) names.unshift(cur);
        names.forEach(function (n) { s.appendChild(el("option", { value: n, text: n })); });
        s.value = cur || "";
      }

      function setValues(v) {
        state.photos = v.photos || [];
        if (mediaDrawn) drawMedia();
        B.fields.forEach(function (f) {
          var c = ctl[f.key], x = v[f.key];
          if (f.dim) {
            // A draft kept in this browser before the form followed
            // site.yaml held each dimension at the top level, a string
            // for a select and a list for a multi-choice: read that too.
            x = v.dims ? v.dims[f.key] || [] : v[f.key] == null || v[f.key] === "" ? [] : [].concat(v[f.key]);
            if (f.type !== "multi") x = x[0] || "";
          }
          switch (f.type) {
            case "multi":
              Array.prototype.forEach.call(c.querySelectorAll("input[type=checkbox]"), function (b) { b.checked = (x || []).indexOf(b.value) >= 0; });
              break;
            case "bool":
              c.checked = !!x;
              break;
            case "awards":
              clear(c);
              (x || []).forEach(addAward);
              break;
            case "photo":
              photoOptions(x || "");
              break;
            case "select":
              if (x && !Array.prototype.some.call(c.options, function (o) { return o.value === x; })) c.appendChild(el("option", { value: x, text: x }));
              c.value = x || "";
              break;
            default:
              c.value = x || "";
          }
        });
      }

      function values() {
        var v = { dims: {}, photos: readPhotos() };
        B.fields.forEach(function (f) {
          var c = ctl[f.key];
          if (f.dim) {
            var d = f.type === "multi" ? Array.prototype.filter.call(c.querySelectorAll("input[type=checkbox]"), function (b) { return b.checked; }).map(function (b) { return b.value; })
              : c.value ? [c.value] : [];
            if (d.length) v.dims[f.key] = d;
            return;
          }
          switch (f.type) {
            case "multi":
              v[f.key] = Array.prototype.filter.call(c.querySelectorAll("input[type=checkbox]"), function (b) { return b.checked; }).map(function (b) { return b.value; });
              break;
            case "bool":
              v[f.key] = c.checked;
              break;
            case "awards":
              v[f.key] = Array.prototype.map.call(c.querySelectorAll(".soan-award"), function (row) {
                var a = {};
                Array.prototype.forEach.call(row.querySelectorAll("input"), function (i) { a[i.getAttribute("data-k")] = i.value; });
                return a;
              });
              break;
            default:
              v[f.key] = c.value;
          }
        });
        return v;
      }

      // The body: toolbar, text, and the page's rendering beside it.
      var body = el("textarea", { id: "f-body", rows: 24, spellcheck: true, "aria-label": W.body });
      var preview = el("div", { id: "soan-preview", className: "soan-preview prose", "aria-label": W.preview });
      var tools = el("div", { className: "soan-tools", role: "toolbar", "aria-label": W.body });
      [["h", W.toolHeading], ["b", W.toolBold], ["i", W.toolItalic], ["ul", W.toolList], ["q", W.toolQuote],
        ["a", W.toolLink], ["t", W.toolTable]].forEach(function (t) {
        tools.appendChild(el("button", { type: "button", className: "soan-tool-" + t[0], "data-tool": t[0], text: t[1],
          on: { click: function () { tool(body, t[0]); changed(); } } }));
      });
      body.addEventListener("paste", function (ev) { if (paste(body, ev)) changed(); });

      // Photos.
      var media = el("section", { className: "soan-media", id: "soan-media", "aria-label": W.media });
      var mediaDrawn = false;
      // readPhotos returns the other photos the page shows (front matter
      // photos:): the panel's ticked files with their caption and credit,
      // then any listed file the panel does not show.
      function readPhotos() {
        var lis = media.querySelectorAll(".soan-media-list li[data-name]");
        if (!lis.length) return state.photos;
        var out = [], names = [];
        Array.prototype.forEach.call(lis, function (li) {
          var name = li.getAttribute("data-name");
          names.push(name);
          if (li.querySelector(".soan-ph-on").checked) {
            out.push({ file: name, caption: li.querySelector(".soan-ph-caption").value, credit: li.querySelector(".soan-ph-credit").value });
          }
        });
        state.photos.forEach(function (p) { if (names.indexOf(p.file) < 0) out.push(p); });
        return out;
      }
      function drawMedia(note) {
        if (mediaDrawn) state.photos = readPhotos();
        mediaDrawn = true;
        clear(media);
        media.appendChild(el("h2", { text: W.media }));
        if (!state.path) { media.appendChild(el("p", { text: W.mediaFirst })); return; }
        var file = el("input", { type: "file", id: "soan-files", multiple: true, accept: "image/jpeg,image/png,image/gif,image/webp" });
        var folder = el("input", { type: "text", id: "soan-folder", placeholder: W.mediaDir, "aria-label": W.mediaDir });
        var drop = el("div", { className: "soan-drop", id: "soan-drop" }, [W.mediaDrop + " ", el("label", { className: "soan-button", htmlFor: "soan-files", text: W.mediaPick }), file]);
        drop.addEventListener("dragover", function (e) { e.preventDefault(); drop.classList.add("soan-over"); });
        drop.addEventListener("dragleave", function () { drop.classList.remove("soan-over"); });
        drop.addEventListener("drop", function (e) { e.preventDefault(); drop.classList.remove("soan-over"); send(e.dataTransfer.files); });
        file.addEventListener("change", function () { send(file.files); });
        media.appendChild(drop);
        media.appendChild(folder);
        media.appendChild(el("p", { className: "soan-small", text: W.limit }));
        var out = el("p", { id: "soan-upload-status", role: "status", "aria-live": "polite", text: note || "" });
        media.appendChild(out);
        var ul = el("ul", { className: "soan-media-list" });
        if (!state.media.length) media.appendChild(el("p", { text: W.mediaNone }));
        state.media.forEach(function (m, i) {
          var ph = state.photos.filter(function (p) { return p.file === m.name; })[0];
          var on = el("input", { type: "checkbox", className: "soan-ph-on", id: "soan-ph-" + i, checked: !!ph });
          var cap = el("input", { type: "text", className: "soan-ph-caption", value: ph ? ph.caption || "" : "", placeholder: W.photoCaption, "aria-label": W.photoCaption + " " + m.name });
          var cre = el("input", { type: "text", className: "soan-ph-credit", value: ph ? ph.credit || "" : "", placeholder: W.photoCredit, "aria-label": W.photoCredit + " " + m.name });
          // Typing a caption or credit puts the photo on the page.
          [cap, cre].forEach(function (x) { x.addEventListener("input", function () { if (x.value) on.checked = true; }); });
          ul.appendChild(el("li", { "data-name": m.name }, [el("img", { src: m.url, alt: "", loading: "lazy" }), el("code", { text: m.name }),
            el("button", { type: "button", text: W.mediaUse, on: { click: function () { photoOptions(m.name); changed(); } } }),
            el("button", { type: "button", text: W.mediaPut, on: { click: function () { insert(body, "\n![" + "](" + m.name + ")\n", 3, 3); changed(); } } }),
            el("div", { className: "soan-ph" }, [el("label", { className: "soan-check", htmlFor: "soan-ph-" + i }, [on, " " + W.photoShow]), cap, cre])]));
        });
        media.appendChild(ul);
        function send(files) {
          if (!files || !files.length) return;
          var fd = new FormData();
          fd.append("p", state.path);
          fd.append("folder", folder.value);
          Array.prototype.forEach.call(files, function (f) { fd.append("anh", f, f.name); });
          out.textContent = W.uploading;
          api("POST", "anh", fd).then(function (r) {
            if (r.status !== 200) { out.textContent = r.data.error; return; }
            var old = key();
            if (r.data.path && r.data.path !== state.path) {
              state.path = r.data.path;
              history.replaceState(null, "", B.base + "sua?p=" + encodeURIComponent(state.path));
              moveDraft(old);
            }
            if (r.data.version) state.version = r.data.version;
            if (r.data.url) state.url = r.data.url;
            (r.data.saved || []).forEach(function (m) { state.media.push(m); });
            var cur = ctl.photo.value;
            var note = fmt(W.uploaded, (r.data.saved || []).length) + ((r.data.refused || []).length ? " " + r.data.refused.join(" ") : "");
            drawMedia(note);
            photoOptions(cur);
            check();
          }, function () { out.textContent = W.netError; });
        }
      }

      // Actions.
      var saveBtn = el("button", { type: "button", id: "soan-save", className: "soan-primary", text: W.save });
      var saveMsg = el("span", { id: "soan-save-status", role: "status", "aria-live": "polite" });
      var view = el("a", { id: "soan-view", href: state.url || "#", text: W.view, hidden: !state.url });
      var del = el("button", { type: "button", id: "soan-delete", text: W.delete, hidden: !state.path });
      var ask = el("div", { id: "soan-ask", className: "soan-ask", role: "alertdialog", hidden: true });
      var conflict = el("div", { id: "soan-conflict", className: "soan-ask", role: "alertdialog", hidden: true });
      var bar = el("div", { className: "soan-actions" }, [saveBtn, saveMsg, view, del]);

      main.appendChild(bar);
      main.appendChild(ask);
      main.appendChild(conflict);
      main.appendChild(general);
      main.appendChild(el("div", { className: "soan-layout" }, [
        left,
        el("div", { className: "soan-body" }, [el("div", { className: "soan-body-head" }, [el("label", { htmlFor: "f-body", text: W.body }), tools]),
          el("div", { className: "soan-split" }, [body, el("div", null, [el("p", { className: "soan-small", text: W.preview }), preview])]),
          el("p", { className: "soan-msg", id: "m-body", "aria-live": "polite" }), media])
      ]));

      setValues(p.values);
      body.value = p.body;
      drawMedia();
      if (p.readonly) {
        saveBtn.disabled = true;
        Array.prototype.forEach.call(main.querySelectorAll("input, select, textarea"), function (c) { c.disabled = true; });
      }

      // Unsaved text lives in this browser until it is saved.
      function key() { return "guongsang-soan:" + (state.path || "moi"); }
      function moveDraft(old) {
        var d = localStorage.getItem(old);
        if (d !== null) { localStorage.setItem(key(), d); localStorage.removeItem(old); }
      }
      function store() {
        try { localStorage.setItem(key(), JSON.stringify({ values: values(), body: body.value, version: state.version, at: Date.now() })); } catch (e) { /* full */ }
      }
      function offerDraft(loaded) {
        var raw = localStorage.getItem(key());
        if (!raw) return;
        var d;
        try { d = JSON.parse(raw); } catch (e) { return; }
        if (JSON.stringify(d.values) === JSON.stringify(loaded.values) && d.body === loaded.body) { localStorage.removeItem(key()); return; }
        clear(banner);
        banner.appendChild(el("span", { text: fmt(W.draftBack, new Date(d.at).toLocaleString("vi")) + " " }));
        banner.appendChild(el("button", { type: "button", id: "soan-draft-use", text: W.draftUse, on: { click: function () {
          setValues(d.values); body.value = d.body; banner.hidden = true; changed();
        } } }));
        banner.appendChild(el("button", { type: "button", id: "soan-draft-drop", text: W.draftDrop, on: { click: function () {
          localStorage.removeItem(key()); banner.hidden = true;
        } } }));
        banner.hidden = false;
      }
      offerDraft({ values: values(), body: body.value });

      var timer = null, seq = 0;
      function changed() {
        store();
        document.getElementById("soan-title").textContent = ctl.title.value || W.new;
        clearTimeout(timer);
        timer = setTimeout(check, 350);
      }
      main.addEventListener("input", function (e) { if (e.target.type !== "file" && e.target.id !== "soan-folder" && !e.target.classList.contains("soan-filter")) changed(); });
      main.addEventListener("change", function (e) { if (e.target.type === "checkbox" || e.target.tagName === "SELECT") changed(); });

      function showProblems(probs) {
        Object.keys(msgs).forEach(function (k) { msgs[k].textContent = ""; msgs[k].parentNode.classList.remove("soan-has-error"); });
        Array.prototype.forEach.call(main.querySelectorAll(".soan-award .soan-msg"), function (m) { m.textContent = ""; });
        document.getElementById("m-body").textContent = "";
        clear(general);
        var nerr = 0, nwarn = 0;
        (probs || []).forEach(function (pr) {
          if (pr.warn) nwarn++; else nerr++;
          var text = pr.msg + (pr.hint ? " — " + W.hint + pr.hint : "");
          var f = (pr.field || "").replace(/[.[].*$/, "");
          var target = msgs[f];
          var m = /^awards\[(\d+)\]/.exec(pr.field || "");
          if (m) {
            var row = ctl.awards.querySelectorAll(".soan-award")[+m[1] - 1];
            if (row) target = row.querySelector(".soan-msg");
          }
          if (!target && !pr.field && pr.line && f === "") target = null;
          if (target) {
            target.textContent = (target.textContent ? target.textContent + " " : "") + text;
            if (!pr.warn && target.parentNode) target.parentNode.classList.add("soan-has-error");
            if (pr.warn) target.classList.add("soan-warn"); else target.classList.remove("soan-warn");
          } else {
            general.appendChild(el("p", { className: pr.warn ? "soan-warn" : "soan-error", text: pr.text }));
          }
        });
        general.insertBefore(el("p", { className: "soan-summary", text: nerr || nwarn ? fmt(W.hasProblems, nerr, nwarn) : W.allGood }), general.firstChild);
      }

      function check() {
        var mine = ++seq;
        api("POST", "kiem-tra", { path: state.path, values: values(), body: body.value }).then(function (r) {
          if (mine !== seq) return; // a later check is on its way
          if (r.status !== 200) { clear(general); general.appendChild(el("p", { className: "soan-error", text: r.data.error })); return; }
          showProblems(r.data.problems);
          preview.innerHTML = r.data.html || "";
          var base = location.origin + (state.url || r.data.url || "/");
          Array.prototype.forEach.call(preview.querySelectorAll("img[src]"), function (img) {
            img.src = new URL(img.getAttribute("src"), base).href;
          });
        }, function () { clear(general); general.appendChild(el("p", { className: "soan-error", text: W.netError })); });
      }
      showProblems(p.problems);
      check();

      function save(keepMine) {
        saveBtn.disabled = true;
        saveMsg.textContent = W.saving;
        conflict.hidden = true;
        var old = key();
        api("POST", "luu", { path: state.path, version: state.version, values: values(), body: body.value, keepMine: !!keepMine }).then(function (r) {
          saveBtn.disabled = false;
          if (r.status === 409 && r.data.theirs) { showConflict(r.data.theirs); saveMsg.textContent = ""; return; }
          if (r.status !== 200) {
            saveMsg.textContent = r.data.error;
            if (r.data.problems) showProblems(r.data.problems);
            return;
          }
          var isNew = !state.path;
          state.path = r.data.path; state.version = r.data.version;
          if (r.data.url) { state.url = r.data.url; view.href = r.data.url; view.hidden = false; }
          localStorage.removeItem(old);
          localStorage.removeItem(key());
          del.hidden = false;
          if (isNew) { history.replaceState(null, "", B.base + "sua?p=" + encodeURIComponent(state.path)); drawMedia(); }
          saveMsg.textContent = (isNew ? fmt(W.savedNew, state.path) : fmt(W.saved, new Date().toLocaleTimeString("vi"))) + (r.data.kept ? " " + r.data.kept : "");
          showProblems(r.data.problems);
        }, function () { saveBtn.disabled = false; saveMsg.textContent = W.netError; });
      }
      saveBtn.addEventListener("click", function () { save(false); });

      function showConflict(theirs) {
        clear(conflict);
        conflict.appendChild(el("p", { text: W.conflict }));
        conflict.appendChild(el("button", { type: "button", id: "soan-conflict-theirs", text: W.conflictTake, on: { click: function () {
          store(); // mine stays in this browser, offered back below
          state.version = theirs.version;
          setValues(theirs.values);
          body.value = theirs.body;
          conflict.hidden = true;
          offerDraft({ values: values(), body: body.value });
          check();
        } } }));
        conflict.appendChild(el("button", { type: "button", id: "soan-conflict-mine", text: W.conflictMine, on: { click: function () { save(true); } } }));
        conflict.hidden = false;
      }

      del.addEventListener("click", function () {
        clear(ask);
        ask.appendChild(el("p", { text: fmt(W.deleteAsk, ctl.title.value || state.path) }));
        ask.appendChild(el("button", { type: "button", id: "soan-delete-yes", className: "soan-danger", text: W.delete, on: { click: function () {
          api("POST", "xoa", { path: state.path }).then(function (r) {
            clear(ask);
            if (r.status !== 200) { ask.appendChild(el("p", { text: r.data.error })); return; }
            ask.appendChild(el("p", { text: fmt(W.deleted, ctl.title.value || state.path) }));
            ask.appendChild(el("button", { type: "button", id: "soan-restore", text: W.restore, on: { click: function () {
              api("POST", "khoi-phuc", { id: r.data.id }).then(function (rr) {
                clear(ask);
                ask.appendChild(el("p", { role: "status", text: rr.status === 200 ? fmt(W.restored, rr.data.path) : rr.data.error }));
              });
            } } }));
            ask.appendChild(el("a", { href: B.base, text: W.list }));
            saveBtn.disabled = true;
            del.hidden = true;
          });
        } } }));
        ask.appendChild(el("button", { type: "button", id: "soan-delete-no", text: W.cancel, on: { click: function () { ask.hidden = true; } } }));
        ask.hidden = false;
      });
    }
  }

  // ------------------------------------------------------------ the body

  // insert puts text at the cursor of ta, selecting from+to characters in.
  function insert(ta, text, selFrom, selTo) {
    var s = ta.selectionStart, e = ta.selectionEnd;
    ta.setRangeText(text, s, e, "end");
    if (selFrom !== undefined) ta.setSelectionRange(s + selFrom, s + text.length - selTo);
    ta.focus();
  }

  function tool(ta, t) {
    var s = ta.selectionStart, e = ta.selectionEnd, sel = ta.value.slice(s, e);
    var lineStart = ta.value.lastIndexOf("\n", s - 1) + 1;
    function prefixLines(p) {
      var end = e;
      var block = ta.value.slice(lineStart, end);
      var out = block.split("\n").map(function (l) { return p + l; }).join("\n");
      ta.setRangeText(out, lineStart, end, "select");
      ta.focus();
    }
    switch (t) {
      case "h": prefixLines("## "); break;
      case "ul": prefixLines("- "); break;
      case "q": prefixLines("> "); break;
      case "b": insert(ta, "**" + sel + "**", 2, 2); break;
      case "i": insert(ta, "*" + sel + "*", 1, 1); break;
      case "a": insert(ta, "[" + (sel || W.toolLink) + "](https://)", 3 + (sel || W.toolLink).length, 1); break;
      case "t":
        var c = W.tableCell;
        insert(ta, "\n| " + c + " 1 | " + c + " 2 |\n|---|---|\n|  |  |\n");
        break;
    }
  }

  // paste turns HTML from Word or a web page into Markdown (turndown and
  // its GFM plugin, vendored with their licences) and reports whether it
  // did; plain text is left to the browser.
  var td = null;
  function paste(ta, ev) {
    var html = ev.clipboardData && ev.clipboardData.getData("text/html");
    if (!html || typeof TurndownService === "undefined") return false;
    ev.preventDefault();
    if (!td) {
      td = new TurndownService({ headingStyle: "atx", bulletListMarker: "-", codeBlockStyle: "fenced", emDelimiter: "*", strongDelimiter: "**" });
      if (typeof turndownPluginGfm !== "undefined") td.use([turndownPluginGfm.tables, turndownPluginGfm.strikethrough]);
      td.remove(["style", "script", "meta", "title", "xml"]);
      // Word marks its bold and italic with spans and styles.
      td.addRule("wordBold", { filter: function (n) { return n.nodeName === "SPAN" && /font-weight:\s*(bold|[6-9]00)/i.test(n.getAttribute("style") || ""); },
        replacement: function (c) { return c.trim() ? "**" + c + "**" : c; } });
      td.addRule("wordItalic", { filter: function (n) { return n.nodeName === "SPAN" && /font-style:\s*italic/i.test(n.getAttribute("style") || ""); },
        replacement: function (c) { return c.trim() ? "*" + c + "*" : c; } });
    }
    var doc = new DOMParser().parseFromString(html, "text/html");
    // A table without a heading row (as Word writes them) takes its first
    // row as the heading, which Markdown tables need.
    Array.prototype.forEach.call(doc.querySelectorAll("table"), function (t) {
      if (t.querySelector("th")) return;
      var first = t.querySelector("tr");
      if (!first) return;
      Array.prototype.forEach.call(first.querySelectorAll("td"), function (cell) {
        var th = doc.createElement("th");
        th.textContent = cell.textContent.replace(/\s+/g, " ").trim();
        cell.parentNode.replaceChild(th, cell);
      });
      if (!t.querySelector("thead")) {
        var thead = doc.createElement("thead");
        first.parentNode.removeChild(first);
        thead.appendChild(first);
        t.insertBefore(thead, t.firstChild);
      }
    });
    // Cells hold one line in Markdown.
    Array.prototype.forEach.call(doc.querySelectorAll("td p, th p"), function (p) { p.replaceWith(doc.createTextNode(p.textContent + " ")); });
    var md = td.turndown(doc.body).replace(/\n{3,}/g, "\n\n").trim();
    // A block of its own: a blank line before it, unless it starts the text.
    var before = ta.value.slice(0, ta.selectionStart);
    var lead = before === "" || /\n\n$/.test(before) ? "" : /\n$/.test(before) ? "\n" : "\n\n";
    insert(ta, lead + md + "\n");
    return true;
  }
})();
