// filter.js: the filter panel of /ho-so/ (layouts/partials/browse.html).
//
// Each <select> filters one dimension; the choices combine with AND. The
// choices live in the URL (?loai=…&linh-vuc=…&dia-ban=…&nam=…&tieu-chi=…),
// so a filtered view can be shared and survives a reload. Every choice shows
// how many profiles it would leave given the other choices. Results come
// from the search catalogue (search.js, which must be loaded first) and
// replace the server-rendered page while any filter is set.
(() => {
  'use strict';

  const gs = window.guongsang && window.guongsang.search;
  const form = document.getElementById('loc');
  if (!gs || !form) return;

  const selects = [...form.querySelectorAll('select[data-column]')];
  const status = document.getElementById('loc-dem');
  const results = document.getElementById('loc-kq');
  const more = document.getElementById('loc-them');
  const reset = document.getElementById('loc-bo');
  // The server-rendered list (layouts/list.html): the count line above the
  // panel, the cards and the pager below it.
  const before = (el) => el.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING;
  const page = [...form.parentElement.children].filter((el) =>
    (el.matches('p.muted') && before(el)) || (el.id !== 'loc-kq' && el.matches('.cards, .pager') && !before(el)));
  const names = new Map(); // option → its name without the count
  for (const s of selects) for (const o of s.options) if (o.value) names.set(o, o.textContent.replace(/ \([\d.]+\)$/, ''));

  let cat = null;
  let hits = [];
  let shown = 0;

  // The catalogue columns behind each select, and each option's code in
  // them: a vocabulary index, or the year.
  const dims = selects.map((s) => ({ s, col: s.dataset.column, of: null, code: null, codes: null, base: 0, size: 0, want: null }));

  function prepare(c) {
    for (const d of dims) {
      const cd = c.byCol[d.col];
      d.year = cd.year;
      d.multi = cd.multi;
      const code = (v) => (d.year ? Number(v) : cd.vocab.findIndex((t) => t.value === v));
      d.codes = new Map([...d.s.options].filter((o) => o.value).map((o) => [o, code(o.value)]));
      d.code = code;
      d.of = cd.of;
      // Counts go in a typed array indexed by code − base.
      if (d.year) {
        let lo = Infinity, hi = -Infinity;
        for (const y of d.of) { if (y < lo) lo = y; if (y > hi) hi = y; }
        d.base = lo;
        d.size = c.size ? hi - lo + 1 : 0;
      } else {
        d.size = cd.vocab.length;
      }
    }
  }

  function readURL() {
    const q = new URLSearchParams(location.search);
    for (const s of selects) {
      s.value = q.get(s.name) || '';
      if (s.selectedIndex < 0) s.value = ''; // a value the site does not have
    }
  }

  function writeURL() {
    const u = new URL(location.href);
    for (const s of selects) u.searchParams.delete(s.name);
    for (const s of selects) if (s.value) u.searchParams.set(s.name, s.value);
    const next = u.pathname + u.search + u.hash;
    if (next !== location.pathname + location.search + location.hash) history.pushState(null, '', next);
  }

  function active() {
    return selects.filter((s) => s.value);
  }

  // showPage shows the server-rendered list (unfiltered) or the results.
  function showPage(unfiltered) {
    for (const el of page) el.hidden = !unfiltered;
    reset.hidden = unfiltered;
    results.hidden = unfiltered;
    if (unfiltered) {
      results.replaceChildren();
      more.hidden = true;
    }
  }

  function showMore(focus) {
    const from = shown;
    const to = Math.min(hits.length, shown + gs.PAGE);
    const frag = document.createDocumentFragment();
    for (let k = from; k < to; k++) frag.append(gs.card(cat, hits[k], []));
    results.append(frag);
    shown = to;
    more.hidden = shown >= hits.length;
    if (focus && results.children[from]) results.children[from].querySelector('a').focus();
  }

  // apply filters the catalogue by the selects, updates every choice's
  // count and shows the results. A profile that fails one filter only still
  // counts for that filter's choices: choosing one would keep it.
  function apply() {
    const c = cat;
    const on = active();
    for (const d of dims) d.want = d.s.value ? d.code(d.s.value) : null;
    const counts = dims.map((d) => new Int32Array(d.size));
    hits = [];
    for (let i = 0; i < c.size; i++) {
      let failed = -1, nfail = 0;
      for (let j = 0; j < dims.length && nfail < 2; j++) {
        const d = dims[j];
        if (d.want === null) continue;
        const v = d.of[i];
        if (d.multi ? !v.includes(d.want) : v !== d.want) { failed = j; nfail++; }
      }
      if (nfail > 1) continue;
      if (nfail === 0) hits.push(i);
      for (let j = 0; j < dims.length; j++) {
        if (nfail === 1 && failed !== j) continue;
        const d = dims[j], v = d.of[i];
        if (d.multi) for (const x of v) counts[j][x]++;
        else if (d.year || v >= 0) counts[j][v - d.base]++;
      }
    }
    dims.forEach((d, j) => {
      for (const [o, code] of d.codes) {
        const text = names.get(o) + ' (' + gs.num(counts[j][code - d.base] || 0) + ')';
        if (o.textContent !== text) o.textContent = text;
      }
    });
    if (!on.length) {
      showPage(true);
      status.textContent = '';
      return;
    }
    showPage(false);
    results.replaceChildren();
    shown = 0;
    status.textContent = hits.length
      ? 'Có ' + gs.num(hits.length) + ' hồ sơ phù hợp.'
      : 'Không có hồ sơ nào phù hợp. Hãy bỏ bớt điều kiện lọc.';
    showMore(false);
  }

  let loading = null;
  function ready() {
    if (!loading) {
      loading = gs.load(form.dataset.index).then((c) => { prepare(c); cat = c; }, (e) => {
        loading = null;
        status.textContent = 'Không tải được dữ liệu để lọc. Hãy kiểm tra kết nối rồi thử lại.';
        throw e;
      });
    }
    return loading;
  }

  function update(push) {
    if (push) writeURL();
    if (active().length && !cat) {
      showPage(false);
      status.textContent = 'Đang lọc…';
    }
    ready().then(apply, () => showPage(true));
  }

  form.addEventListener('change', () => update(true));
  form.addEventListener('submit', (e) => { e.preventDefault(); update(true); });
  form.addEventListener('reset', () => setTimeout(() => update(true), 0));
  form.addEventListener('focusin', () => { ready().catch(() => {}); }, { once: true });
  more.addEventListener('click', () => showMore(true));
  window.addEventListener('popstate', () => { readURL(); update(false); });

  readURL();
  if (active().length) update(false);
})();
