// filter.js: the filter panel of a list of profiles, /ho-so/ and every
// term's list (layouts/partials/filters.html).
//
// Each <select> filters one dimension; the choices combine with AND, and
// on a term's page with the term itself (data-within-column, data-within).
// The choices live in the URL (?loai=…&linh-vuc=…), so a filtered view can
// be shared and survives a reload. Every choice shows how many profiles it
// would leave given the other choices; "(0)" and the class "empty" mark
// those that would leave none. They stay selectable: a disabled option is
// skipped by the arrow keys and left unread by some screen readers, so
// whoever cannot see the list would not learn it exists, and choosing it
// only says that nothing matches. The heading and the <title> name the
// choices and the count. Results come from the search catalogue
// (search.js, which must be loaded first) and replace the server-rendered
// page while any filter is set. Every sentence comes from the catalog
// (search.js's t).
//
// History: arrowing through a closed select changes it at every key; those
// changes replace the current entry, and the change is committed — one new
// entry, Back returns to the choices before — on a pick with the mouse or
// from the opened list, on Enter, or when the select loses focus.
//
// Loading: the page loads this file only (deferred). search.js, three
// times its size, is fetched and run when the panel is first touched,
// focused or used, or at once when the URL carries choices: most visits
// never filter, and a script run during the first render is what made
// list pages miss Lighthouse's blocking-time target (docs/quality.md).
// The form's data-search names it (fingerprinted).
(() => {
  'use strict';

  const form = document.getElementById('loc');
  if (!form) return;
  let gs = window.guongsang && window.guongsang.search;
  // t is search.js's once it has run; before, the same sentences read
  // from the page's data block (for "loading" and "failed").
  let t = (key) => {
    try { return JSON.parse(document.getElementById('gs-chu').textContent)[key] || key; } catch (e) { return key; }
  };
  let library = null;
  // lib resolves once search.js has run (window.guongsang.search).
  function lib() {
    if (!library) {
      library = new Promise((resolve, reject) => {
        const done = () => {
          gs = window.guongsang && window.guongsang.search;
          if (gs) { t = gs.t; resolve(gs); } else reject(new Error('search.js did not load'));
        };
        if (gs || !form.dataset.search) { done(); return; }
        const s = document.createElement('script');
        s.src = form.dataset.search;
        s.onload = done;
        s.onerror = done;
        document.head.append(s);
      });
      library.catch(() => { library = null; });
    }
    return library;
  }

  const selects = [...form.querySelectorAll('select[data-column]')];
  const status = document.getElementById('loc-dem');
  const results = document.getElementById('loc-kq');
  const more = document.getElementById('loc-them');
  const reset = document.getElementById('loc-bo');
  const main = form.closest('main') || document.body;
  const heading = main.querySelector('h1');
  const headingText = heading ? heading.textContent : '';
  const titleText = document.title;
  // <title> is the page's own title (og:title; the panel, the same on
  // every page of the list, does not carry it) followed by the site's
  // name: keep the latter when the heading changes.
  const og = document.querySelector('meta[property="og:title"]');
  const own = og ? og.content : headingText;
  const titleRest = titleText.startsWith(own) ? titleText.slice(own.length) : '';
  // The server-rendered list (layouts/list.html): the count line before
  // the panel, the cards and the pager after it.
  // Found on first use: the load runs as little as it can.
  const before = (el) => el.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING;
  let page = null;
  const pageParts = () => page || (page = [...form.parentElement.children].filter((el) => el.matches('p.muted') && before(el))
    .concat([...main.querySelectorAll('.cards, .pager')].filter((el) => el !== results && !before(el))));
  const names = new Map(); // option → its name without the count
  const nameOf = (o) => {
    if (!names.has(o)) names.set(o, o.textContent.replace(/ \S*\d\S*$/, ''));
    return names.get(o);
  };

  let cat = null;
  let hits = [];
  let shown = 0;
  let within = null; // {of, multi, code}: the term of the page

  // The catalogue columns behind each select, and each option's code in
  // them: a vocabulary index, or the year.
  const dims = selects.map((s) => ({ s, col: s.dataset.column, of: null, code: null, codes: null, base: 0, size: 0, want: null }));

  function codeIn(cd, v) {
    return cd.year ? Number(v) : cd.vocab.findIndex((x) => x.value === v);
  }

  function prepare(c) {
    for (const d of dims) {
      const cd = c.byCol[d.col];
      d.year = cd.year;
      d.multi = cd.multi;
      d.code = (v) => codeIn(cd, v);
      d.codes = new Map([...d.s.options].filter((o) => o.value).map((o) => [o, d.code(o.value)]));
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
    const wc = c.byCol[form.dataset.withinColumn];
    if (wc) within = { of: wc.of, multi: wc.multi, code: codeIn(wc, form.dataset.within) };
  }

  function inList(i) {
    if (!within) return true;
    const v = within.of[i];
    return within.multi ? v.includes(within.code) : v === within.code;
  }

  function readURL() {
    const q = new URLSearchParams(location.search);
    for (const s of selects) {
      // Set only when it differs: setting a select's value makes the
      // browser redo its style even when nothing changes.
      const v = q.get(s.name) || '';
      if (s.value !== v) s.value = v;
      if (s.selectedIndex < 0) s.value = ''; // a value the list does not have
    }
  }

  // url is this page's URL with the selects' choices as its query.
  function url() {
    const u = new URL(location.href);
    for (const s of selects) u.searchParams.delete(s.name);
    for (const s of selects) if (s.value) u.searchParams.set(s.name, s.value);
    return u.pathname + u.search + u.hash;
  }

  const here = () => location.pathname + location.search + location.hash;
  // committed is the URL of the current history entry as it was when the
  // choices were last committed; moving replaces the entry's URL for the
  // time being.
  let committed = here();

  function move() {
    const next = url();
    if (next !== here()) history.replaceState(history.state, '', next);
  }

  function commit() {
    const next = url();
    if (next === committed) {
      if (next !== here()) history.replaceState(history.state, '', next);
      return;
    }
    if (here() !== committed) history.replaceState(history.state, '', committed);
    history.pushState(null, '', next);
    committed = next;
  }

  function active() {
    return selects.filter((s) => s.value);
  }

  // showPage shows the server-rendered list (unfiltered) or the results.
  function showPage(unfiltered) {
    for (const el of pageParts()) el.hidden = !unfiltered;
    reset.hidden = unfiltered;
    results.hidden = unfiltered;
    if (unfiltered) {
      results.replaceChildren();
      more.hidden = true;
    }
  }

  // name sets the heading and the <title>: the list's heading, each
  // choice and the count, or the page's own when nothing is chosen.
  function name(count) {
    const on = active();
    if (!on.length || count === null) {
      if (heading) heading.textContent = headingText;
      document.title = titleText;
      return;
    }
    const parts = [form.dataset.heading || headingText];
    for (const s of on) parts.push(nameOf(s.selectedOptions[0]));
    parts.push(t('filterCount', gs.num(count)));
    const text = parts.join(t('filterJoin'));
    if (heading) heading.textContent = text;
    document.title = text + titleRest;
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

  // apply filters the list by the selects, updates every choice's count
  // and shows the results. A profile that fails one filter only still
  // counts for that filter's choices: choosing one would keep it.
  function apply() {
    const c = cat;
    const on = active();
    for (const d of dims) d.want = d.s.value ? d.code(d.s.value) : null;
    const counts = dims.map((d) => new Int32Array(d.size));
    hits = [];
    for (let i = 0; i < c.size; i++) {
      if (!inList(i)) continue;
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
        const n = counts[j][code - d.base] || 0;
        const text = nameOf(o) + ' ' + t('filterChoice', gs.num(n));
        if (o.textContent !== text) o.textContent = text;
        o.classList.toggle('empty', n === 0);
      }
    });
    name(hits.length);
    if (!on.length) {
      showPage(true);
      status.textContent = '';
      return;
    }
    showPage(false);
    results.replaceChildren();
    shown = 0;
    status.textContent = hits.length ? t('filterFound', gs.num(hits.length)) : t('filterNone');
    showMore(false);
  }

  let loading = null;
  function ready() {
    if (!loading) {
      loading = lib().then((g) => g.load(form.dataset.index)).then((c) => { prepare(c); cat = c; }, (e) => {
        loading = null;
        status.textContent = t('filterFailed');
        throw e;
      });
    }
    return loading;
  }

  function update() {
    if (active().length && !cat) {
      showPage(false);
      status.textContent = t('filterLoading');
    }
    if (!active().length) name(null);
    ready().then(apply, () => showPage(true));
  }

  // Keys that move a closed select to another choice. The change they
  // cause fires while the key is down; keyup ends it.
  const MOVE = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);
  let keyed = false;
  let moved = false; // changes by keys not committed yet
  form.addEventListener('keydown', (e) => {
    if (!e.target.matches('select')) return;
    if (e.key === 'Enter') { if (moved) { moved = false; commit(); } return; }
    keyed = MOVE.has(e.key) || (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey);
  });
  form.addEventListener('keyup', () => { keyed = false; });
  form.addEventListener('change', () => {
    if (keyed) { moved = true; move(); } else { moved = false; commit(); }
    update();
  });
  form.addEventListener('focusout', (e) => {
    if (moved && e.target.matches('select')) { moved = false; commit(); }
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); moved = false; commit(); update(); });
  form.addEventListener('reset', () => setTimeout(() => { moved = false; commit(); update(); }, 0));
  // The first touch or focus fetches the script and the catalogue, so
  // that they are there by the time a choice is made.
  const warm = () => { ready().catch(() => {}); };
  for (const type of ['focusin', 'pointerdown']) form.addEventListener(type, warm, { once: true, passive: true });
  more.addEventListener('click', () => showMore(true));
  window.addEventListener('popstate', () => {
    moved = false;
    committed = here();
    readURL();
    update();
  });

  readURL();
  if (active().length) update();
})();
