// search.js: the browser side of guongsang's search index
// (/tim-kiem/chi-muc/, written by generator/render/search.go, which
// documents the files), and the search page /tim-kiem/.
//
// No libraries and no inline code, so it runs under the site's CSP
// (script-src 'self'). Results are built with DOM calls and textContent:
// index data is never parsed as HTML. filter.js uses the functions exported
// as window.guongsang.search; load this file first.
(() => {
  'use strict';

  const MARKS = /\p{Mn}/gu;
  const NON_WORD = /[^\p{L}\p{Nd}]+/gu;
  const WORD_RUN = /[\p{L}\p{M}\p{Nd}]+/gu;
  const PAGE = 20;

  // fold is vntext.Fold: decompose, drop combining marks, đ → d, lower-case,
  // and turn every run of other characters into one space. Σ is lowered
  // alone because toLowerCase makes a final Σ into ς and Go does not.
  function fold(s) {
    return s.normalize('NFD').replace(MARKS, '')
      .replace(/Σ/g, 'σ').toLowerCase()
      .normalize('NFD').replace(MARKS, '')
      .replace(/đ/g, 'd')
      .replace(NON_WORD, ' ').trim();
  }

  // slug is vntext.Slug: the ASCII letters and digits of the folded text,
  // runs joined with "-".
  function slug(s) {
    return fold(s).split(/[^a-z0-9]+/).filter(Boolean).join('-');
  }

  // words splits a query into distinct folded words.
  function words(q) {
    return [...new Set(fold(q).split(' ').filter(Boolean))];
  }

  // The catalogue, loaded once per page.
  let catalogue = null;

  function getJSON(url, init) {
    return fetch(url, init).then((r) => {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    });
  }

  // load fetches the catalogue at url (revalidated, because its version
  // names the other files) and prepares it for matching.
  function load(url) {
    if (!catalogue) {
      catalogue = getJSON(url, { cache: 'no-cache' }).then((c) => prepare(c, url));
      catalogue.catch(() => { catalogue = null; });
    }
    return catalogue;
  }

  function prepare(c, url) {
    const p = c.p;
    const n = p.t.length;
    const dir = new URL('.', new URL(url, location.href)).pathname;
    const urls = new Array(n);
    for (let i = 0; i < n; i++) {
      const s = p.s[i];
      urls[i] = c.b + (s === '' ? slug(p.t[i]) : s[0] === '-' ? slug(p.t[i]) + s : s) + '/';
    }
    const vocab = (list) => list.map(([value, name]) => ({ value, name, words: fold(name).split(' ') }));
    return {
      version: c.v, dir, chunk: c.n, buckets: c.w, size: n,
      kinds: vocab(c.k), cats: vocab(c.c), dists: vocab(c.d), crits: vocab(c.r),
      title: p.t, kind: p.k, cat: p.c, dist: p.d, year: p.y, crit: p.r, url: urls,
      yearText: p.y.map(String),
      titleWords: null, shards: new Map(), chunks: new Map(),
    };
  }

  function file(c, name) {
    return c.dir + name + '.json?v=' + encodeURIComponent(c.version);
  }

  // bucketOf is search.go's bucketOf: the word shard of a folded word.
  function bucketOf(c, w) {
    if (w[0] >= '0' && w[0] <= '9') return '0';
    let best = '_';
    for (const b of c.buckets) {
      if (w.startsWith(b) && (best === '_' || b.length > best.length)) best = b;
    }
    return best;
  }

  // bucketsFor lists the shards that hold every word starting with w.
  function bucketsFor(c, w) {
    const out = [bucketOf(c, w)];
    if (out[0] !== '0') {
      for (const b of c.buckets) if (b.length > w.length && b.startsWith(w)) out.push(b);
    }
    return out;
  }

  function shard(c, b) {
    let s = c.shards.get(b);
    if (!s) {
      s = getJSON(file(c, 'tu-' + b)).then((m) => ({ m, keys: Object.keys(m) }));
      s.catch(() => c.shards.delete(b));
      c.shards.set(b, s);
    }
    return s;
  }

  // summary resolves to profile i's summary ("" when it cannot be loaded).
  function summary(c, i) {
    const k = Math.floor(i / c.chunk);
    let ch = c.chunks.get(k);
    if (!ch) {
      ch = getJSON(file(c, 'tt-' + k)).catch(() => { c.chunks.delete(k); return []; });
      c.chunks.set(k, ch);
    }
    return ch.then((list) => list[i - k * c.chunk] || '');
  }

  // search resolves to the profile numbers matching every word of q, best
  // first: all words in the title, then the query as a phrase in the title
  // or a term name, then some words in the title; ties in list order.
  async function search(c, q) {
    const ws = words(q);
    if (!ws.length) return { words: ws, hits: [] };
    const need = new Set();
    for (const w of ws) for (const b of bucketsFor(c, w)) need.add(b);
    const shards = new Map();
    await Promise.all([...need].map((b) => shard(c, b).then((s) => shards.set(b, s))));
    return { words: ws, hits: match(c, ws, shards) };
  }

  function termHits(list, w) {
    return list.map((t) => t.words.some((x) => x.startsWith(w)));
  }

  // match is the synchronous part of search, given the loaded shards.
  function match(c, ws, shards) {
    const n = c.size;
    let all = null;
    for (const w of ws) {
      const m = new Uint8Array(n);
      for (const b of bucketsFor(c, w)) {
        const s = shards.get(b);
        for (const k of s.keys) {
          if (!k.startsWith(w)) continue;
          let pos = 0;
          for (const d of s.m[k]) { pos += d; m[pos] = 1; }
        }
      }
      const kh = termHits(c.kinds, w), ch = termHits(c.cats, w), dh = termHits(c.dists, w), rh = termHits(c.crits, w);
      const anyCrit = rh.some(Boolean);
      for (let i = 0; i < n; i++) {
        if (m[i]) continue;
        if (kh[c.kind[i]] || ch[c.cat[i]] || dh[c.dist[i]] || c.yearText[i].startsWith(w) ||
            (anyCrit && c.crit[i].some((x) => rh[x]))) m[i] = 1;
      }
      if (all) for (let i = 0; i < n; i++) all[i] &= m[i];
      else all = m;
    }
    if (!c.titleWords) c.titleWords = c.title.map((t) => fold(t).split(' '));
    const phrase = ws.join(' ');
    const inPhrase = (list) => list.map((t) => (' ' + t.words.join(' ')).includes(' ' + phrase));
    const pk = inPhrase(c.kinds), pc = inPhrase(c.cats), pd = inPhrase(c.dists), pr = inPhrase(c.crits);
    const hits = [];
    const score = new Int8Array(n);
    for (let i = 0; i < n; i++) {
      if (!all[i]) continue;
      const tw = c.titleWords[i];
      let inTitle = 0;
      for (const w of ws) if (tw.some((x) => x.startsWith(w))) inTitle++;
      let sc = inTitle === ws.length ? 4 : inTitle > 0 ? 1 : 0;
      if (ws.length > 1 && ((' ' + tw.join(' ')).includes(' ' + phrase) ||
          pk[c.kind[i]] || pc[c.cat[i]] || pd[c.dist[i]] || c.crit[i].some((x) => pr[x]))) sc += 2;
      score[i] = sc;
      hits.push(i);
    }
    hits.sort((a, b) => score[b] - score[a] || a - b);
    return hits;
  }

  // highlight appends text to el with the part of each word that a query
  // word is a prefix of (after folding) wrapped in <mark>.
  function highlight(el, text, ws) {
    if (!ws.length) { el.append(text); return; }
    let last = 0;
    for (const m of text.matchAll(WORD_RUN)) {
      const f = fold(m[0]);
      let w = '';
      for (const q of ws) if (f.startsWith(q) && q.length > w.length) w = q;
      if (!w) continue;
      // Count characters of the original word until their folded forms
      // cover w, then take trailing combining marks along.
      let len = 0, got = 0;
      const chars = [...m[0]];
      while (len < chars.length && got < w.length) got += fold(chars[len++]).length;
      while (len < chars.length && fold(chars[len]) === '') len++;
      const cut = chars.slice(0, len).join('');
      el.append(text.slice(last, m.index));
      const mark = document.createElement('mark');
      mark.textContent = cut;
      el.append(mark);
      last = m.index + cut.length;
    }
    el.append(text.slice(last));
  }

  // meta returns "Cá nhân · Đak Đoa · 2020 · Y tế" parts for profile i.
  function meta(c, i) {
    return [
      (c.kinds[c.kind[i]] || {}).name, (c.dists[c.dist[i]] || {}).name,
      String(c.year[i]), (c.cats[c.cat[i]] || {}).name,
    ].filter(Boolean);
  }

  // card builds a result like the theme's card partial: title link, kind
  // tag, district · year · category, and the summary, loaded when the card
  // is near the screen.
  function card(c, i, ws, opts) {
    const o = opts || {};
    const art = document.createElement(o.tag || 'article');
    art.className = o.className || 'card';
    const body = document.createElement('div');
    body.className = 'card-body';
    const h = document.createElement(o.heading || 'h3');
    h.className = 'card-title';
    const a = document.createElement('a');
    a.href = c.url[i];
    highlight(a, c.title[i], ws);
    h.append(a);
    const p = document.createElement('p');
    p.className = 'card-meta';
    meta(c, i).forEach((part, j) => {
      if (j === 0) {
        const tag = document.createElement('span');
        tag.className = 'tag tag-kind';
        highlight(tag, part, ws);
        p.append(tag, ' ');
        return;
      }
      if (j > 1) p.append(' · ');
      const span = document.createElement('span');
      highlight(span, part, ws);
      p.append(span);
    });
    const sum = document.createElement('p');
    sum.className = 'card-summary';
    body.append(h, p, sum);
    art.append(body);
    whenNear(art, () => summary(c, i).then((s) => {
      if (s) highlight(sum, s, ws);
      else sum.remove();
    }));
    return art;
  }

  // whenNear runs f once el comes within a screen or so of the viewport, so
  // only the summaries of results someone may look at are downloaded.
  const nearby = new WeakMap();
  let observer = null;
  function whenNear(el, f) {
    if (!window.IntersectionObserver) { f(); return; }
    observer = observer || new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        observer.unobserve(e.target);
        nearby.get(e.target)();
        nearby.delete(e.target);
      }
    }, { rootMargin: '100% 0px' });
    nearby.set(el, f);
    observer.observe(el);
  }

  window.guongsang = Object.assign(window.guongsang || {}, {
    search: { fold, slug, words, load, search, match, highlight, card, meta, PAGE },
  });

  // The search page.
  const form = document.getElementById('tim');
  if (!form) return;
  const input = document.getElementById('tim-q');
  const status = document.getElementById('tim-dem');
  const list = document.getElementById('tim-kq');
  const more = document.getElementById('tim-them');
  const indexURL = form.dataset.index;
  let seq = 0;
  let shown = 0;
  let result = null;
  let cat = null;
  let timer = 0;

  function say(text) {
    if (status.textContent !== text) status.textContent = text;
  }

  function showMore(focus) {
    const from = shown;
    const to = Math.min(result.hits.length, shown + PAGE);
    const frag = document.createDocumentFragment();
    for (let k = from; k < to; k++) {
      frag.append(card(cat, result.hits[k], result.words, { tag: 'li', className: 'card search-hit', heading: 'h2' }));
    }
    list.append(frag);
    shown = to;
    more.hidden = shown >= result.hits.length;
    if (focus && list.children[from]) list.children[from].querySelector('a').focus();
  }

  async function run(q) {
    const my = ++seq;
    if (!words(q).length) {
      list.replaceChildren();
      more.hidden = true;
      say('');
      return;
    }
    try {
      if (!cat) say('Đang tải chỉ mục tìm kiếm…');
      cat = await load(indexURL);
      const res = await search(cat, q);
      if (my !== seq) return;
      result = res;
      shown = 0;
      list.replaceChildren();
      const quoted = '“' + q.trim() + '”';
      say(res.hits.length
        ? 'Tìm thấy ' + res.hits.length + ' hồ sơ cho ' + quoted + '.'
        : 'Không tìm thấy hồ sơ nào cho ' + quoted + '. Hãy thử bớt từ hoặc gõ khác đi.');
      showMore(false);
    } catch (e) {
      if (my === seq) say('Không tải được chỉ mục tìm kiếm. Hãy kiểm tra kết nối rồi thử lại.');
    }
  }

  function remember(q) {
    const u = new URL(location.href);
    if (q.trim()) u.searchParams.set('q', q);
    else u.searchParams.delete('q');
    history.replaceState(null, '', u.pathname + u.search + u.hash);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { remember(input.value); run(input.value); }, 120);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    remember(input.value);
    run(input.value);
  });
  more.addEventListener('click', () => showMore(true));
  // Start downloading the catalogue while the first word is being typed.
  input.addEventListener('focus', () => { load(indexURL).catch(() => {}); }, { once: true });

  const q = new URLSearchParams(location.search).get('q') || '';
  if (q) {
    input.value = q;
    run(q);
  }
})();
