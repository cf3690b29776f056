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

  // A letter, an apostrophe and a letter make one word in a query: "H'Yen"
  // is "hyen", which finds H'Yến through joined words (see joined), where
  // "h" alone would match every word starting with h.
  const APOS = /(\p{L})['’ʼ‘`](?=\p{L})/gu;

  // words splits a query into distinct folded words.
  function words(q) {
    return [...new Set(fold(q.replace(APOS, '$1')).split(' ').filter(Boolean))];
  }

  // tokens splits text into words, each folded (f) and as written, lower
  // case with its marks (a), for matching with and without accents.
  function tokens(s) {
    const out = [];
    for (const m of s.normalize('NFC').matchAll(WORD_RUN)) {
      const f = fold(m[0]);
      if (f && !f.includes(' ')) out.push({ f, a: m[0].toLowerCase() });
    }
    return out;
  }

  // accents maps each folded query word typed with marks (or đ) to how it
  // was typed, lower case: "giáo dục" → {giao: "giáo", duc: "dục"}.
  function accents(q) {
    const out = new Map();
    for (const t of tokens(q.replace(APOS, '$1'))) if (t.a !== t.f) out.set(t.f, t.a);
    return out;
  }

  // The sentences of this script and filter.js, from the catalog
  // (generator/i18n/msg_scripts.go), which the page carries as JSON in
  // <script type="application/json" id="gs-chu"> (render/scriptwords.go).
  const WORDS = (() => {
    const el = document.getElementById('gs-chu');
    try { return el ? JSON.parse(el.textContent) : {}; } catch (e) { return {}; }
  })();

  // t returns the sentence named key with %[n]s replaced by the nth
  // argument; the name itself when the page has no such sentence (a
  // theme that left the data block out), so nothing fails silently.
  function t(key, ...args) {
    const f = WORDS[key];
    if (f === undefined) return key;
    return f.replace(/%\[(\d+)\][sdv]/g, (_, n) => String(args[n - 1]));
  }

  // num writes a count the site's way, as i18n.Number: 2.000.
  function num(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, WORDS.sep || '.');
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
    // A term formed from former units (a commune) carries their names
    // (former): a query for a former district finds it too.
    const vocab = (list) => list.map(([value, name, former]) => ({
      value, name, words: fold(name).split(' '), tokens: tokens(name),
      former: former || '', formerWords: former ? fold(former).split(' ') : [],
    }));
    // The dimensions, from "f": [column, flags, key]; see search.go.
    const dims = c.f.map(([col, flags, key]) => {
      const d = {
        col, key, badge: flags.includes('t'), card: flags.includes('o'), search: flags.includes('s'),
        multi: flags.includes('m'), year: flags.includes('y'), of: p[col],
      };
      if (d.year) d.text = d.of.map(String);
      else d.vocab = vocab(c[col]);
      return d;
    });
    const byCol = {};
    for (const d of dims) byCol[d.col] = d;
    // The collections, from "bst": [URL, title, number of profiles].
    const collections = (c.bst || []).map(([url, name, count]) => ({ url, name, count, tokens: tokens(name) }));
    return {
      version: c.v, dir, chunk: c.n, buckets: c.w, size: n,
      dims, byCol, title: p.t, url: urls, collections,
      titleWords: null, titleTokens: null, shards: new Map(), chunks: new Map(),
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
    const acc = accents(q);
    const hits = match(c, ws, shards, acc);
    if (ws.length > 1 || acc.size) await rerank(c, ws, acc, hits);
    return { words: ws, hits };
  }

  // rerank sorts the first page of hits again knowing their summaries,
  // which the page loads to show them anyway: the word shards are folded,
  // so only now can a phrase in a summary, or a word typed with marks
  // that the summary has only with others ("hiện" for "hiến"), count.
  async function rerank(c, ws, acc, hits) {
    const top = hits.slice(0, PAGE);
    const sums = await Promise.all(top.map((i) => summary(c, i)));
    const adj = new Map();
    top.forEach((i, k) => {
      const toks = tokens(sums[k]);
      let a = 0;
      ws.forEach((w, j) => {
        if (hits.covered[i] & (1 << j)) return; // in the title or a term
        if (place(toks, w, acc.get(w)) === 1) a -= 1;
      });
      if (ws.length > 1 && !(hits.covered[i] & (1 << 30))) {
        const ph = phraseIn(toks, ws, acc);
        if (ph) a += 10 + 4 * (ph - 1);
      }
      adj.set(i, hits.score[i] + a);
    });
    top.sort((x, y) => adj.get(y) - adj.get(x) || hits.indexOf(x) - hits.indexOf(y));
    hits.splice(0, top.length, ...top);
  }

  function termHits(list, w) {
    return list.map((t) => t.words.some((x) => x.startsWith(w)) || joined(t.words, w) >= 0 ||
      t.formerWords.some((x) => x.startsWith(w)));
  }

  // has reports whether profile i's value of d is marked in hit, a list
  // by vocabulary index.
  function has(d, i, hit) {
    const v = d.of[i];
    return d.multi ? v.some((x) => hit[x]) : v >= 0 && hit[v];
  }

  // joined finds w typed without the spaces or apostrophes between words:
  // the first of ws (folded words) where w starts the words from there on
  // written together and spans at least two of them ("romah" in "ro mah",
  // "hyen" in "h yen", "dakdoa" in "dak doa"), or -1.
  function joined(ws, w) {
    for (let k = 0; k + 1 < ws.length; k++) {
      if (ws[k].length >= w.length || !w.startsWith(ws[k])) continue;
      let s = ws[k];
      for (let j = k + 1; j < ws.length && s.length < w.length; j++) s += ws[j];
      if (s.startsWith(w)) return k;
    }
    return -1;
  }

  // place scores how query word w (typed as acc, or undefined without
  // marks) matches the tokens toks: whole word 8, start of a word 6, the
  // same letters with other marks 1 (dục is not Đức); 0 for no match.
  function place(toks, w, acc) {
    let best = 0;
    for (const t of toks) {
      if (!t.f.startsWith(w)) continue;
      if (acc && !t.a.startsWith(acc)) { best = Math.max(best, 1); continue; }
      best = Math.max(best, t.f === w ? 8 : 6);
    }
    if (!best && toks.length > 1 && joined(toks.map((t) => t.f), w) >= 0) best = acc ? 1 : 6;
    return best;
  }

  // phraseIn reports whether the folded words ws stand together in toks,
  // and with the marks they were typed with (exact).
  function phraseIn(toks, ws, acc) {
    for (let k = 0; k + ws.length <= toks.length; k++) {
      let ok = true, exact = true;
      for (let j = 0; j < ws.length && ok; j++) {
        const t = toks[k + j], w = ws[j];
        ok = j === ws.length - 1 ? t.f.startsWith(w) : t.f === w;
        const a = acc.get(w);
        if (a && !t.a.startsWith(a)) exact = false;
      }
      if (ok) return exact ? 2 : 1;
    }
    return 0;
  }

  // match is the synchronous part of search, given the loaded shards: the
  // profiles where every query word starts a word of the title, the
  // summary, a term name or the year, or a run of title or term words
  // written together (joined). Best first:
  //   - the query as a phrase in the title or a term name, with the marks
  //     it was typed with above without;
  //   - a query that names one of the profile's terms (district, field,
  //     criterion, kind) lifts the profiles of that term;
  //   - each word: in the title (whole word above start of a word) above
  //     a term name above the summary; a word typed with marks that is
  //     in the title only with other marks counts least;
  // ties in list order.
  function match(c, ws, shards, acc) {
    acc = acc || new Map();
    const n = c.size;
    if (!c.titleTokens) {
      c.titleTokens = c.title.map(tokens);
      c.titleWords = c.titleTokens.map((ts) => ts.map((t) => t.f));
    }
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
      const searched = c.dims.filter((d) => d.search);
      const hits = searched.map((d) => (d.year ? null : termHits(d.vocab, w)));
      for (let i = 0; i < n; i++) {
        if (m[i]) continue;
        for (let j = 0; j < searched.length; j++) {
          const d = searched[j];
          if (d.year ? d.text[i].startsWith(w) : has(d, i, hits[j])) { m[i] = 1; break; }
        }
        if (!m[i] && joined(c.titleWords[i], w) >= 0) m[i] = 1;
      }
      if (all) for (let i = 0; i < n; i++) all[i] &= m[i];
      else all = m;
    }
    // Term scores, once per term: each word's place in its name, the
    // phrase, and whether the name holds every query word.
    const termScore = (list) => list.map((t) => {
      const per = ws.map((w) => place(t.tokens, w, acc.get(w)));
      const ph = ws.length > 1 ? phraseIn(t.tokens, ws, acc) : 0;
      return { per, phrase: ph, named: per.every((x) => x > 1) };
    });
    const termDims = c.dims.filter((d) => d.search && !d.year);
    const termScores = termDims.map((d) => termScore(d.vocab));
    const hits = [];
    const score = new Int32Array(n);
    // Bit j: query word j is in the title or a term name; bit 30: the
    // query is a phrase of the title.
    const covered = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      if (!all[i]) continue;
      const toks = c.titleTokens[i];
      const terms = [];
      termDims.forEach((d, j) => {
        const v = d.of[i];
        for (const x of (d.multi ? v : [v])) if (x >= 0 && termScores[j][x]) terms.push(termScores[j][x]);
      });
      let sc = 0;
      ws.forEach((w, j) => {
        const inTitle = place(toks, w, acc.get(w));
        let inTerm = 0;
        for (const t of terms) inTerm = Math.max(inTerm, t.per[j] > 1 ? 4 : t.per[j]);
        // Folded title words are in the shards too: the summary counts
        // only for words the title does not have.
        const elsewhere = inTitle || inTerm ? 0 : 2;
        sc += Math.max(inTitle, inTerm, elsewhere);
        if (inTitle || inTerm) covered[i] |= 1 << j;
      });
      if (ws.length > 1) {
        const ph = phraseIn(toks, ws, acc);
        if (ph) { sc += 10 + 4 * (ph - 1); covered[i] |= 1 << 30; }
      }
      let best = 0;
      for (const t of terms) {
        if (t.phrase) best = Math.max(best, 8 + 4 * (t.phrase - 1));
        if (t.named) best = Math.max(best, 10);
      }
      score[i] = sc + best;
      hits.push(i);
    }
    hits.sort((a, b) => score[b] - score[a] || a - b);
    hits.score = score;
    hits.covered = covered;
    return hits;
  }

  // collections returns the collections whose title has every word of q
  // at the start of a word (or of words written together), with the
  // marks it was typed with, newest first.
  function collections(c, q) {
    const ws = words(q);
    if (!ws.length) return [];
    const acc = accents(q);
    return c.collections.filter((col) => ws.every((w) => place(col.tokens, w, acc.get(w)) > 1));
  }

  // suggest returns the query with each word that starts no word of the
  // index replaced by the closest one that does (one letter off, or two
  // for long words), or '' when there is none.
  async function suggest(c, q) {
    const ws = words(q);
    const need = new Set();
    for (const w of ws) for (const b of bucketsFor(c, w)) need.add(b);
    const shards = new Map();
    await Promise.all([...need].map((b) => shard(c, b).then((s) => shards.set(b, s))));
    const vocabWords = c.dims.filter((d) => !d.year).flatMap((d) => d.vocab.flatMap((t) => t.words));
    let changed = false;
    const out = [];
    for (const w of ws) {
      const keys = bucketsFor(c, w).flatMap((b) => shards.get(b).keys);
      if (keys.some((k) => k.startsWith(w)) || vocabWords.some((k) => k.startsWith(w))) { out.push(w); continue; }
      // Words of the same shard, and the other shards of the same letter.
      const near = new Set([...keys, ...vocabWords]);
      const letter = w[0];
      await Promise.all(c.buckets.filter((b) => b[0] === letter && !need.has(b)).map((b) => shard(c, b).then((s) => { for (const k of s.keys) near.add(k); })));
      const limit = w.length >= 6 ? 2 : 1;
      let best = '', bestD = 2 * limit + 2;
      for (const k of near) {
        if (Math.abs(k.length - w.length) > limit) continue;
        // Ties: a word of the same length (a letter mistyped rather
        // than missed), then the first in alphabetical order.
        const d = distance(w, k, limit) * 2 + (k.length === w.length ? 0 : 1);
        if (d < bestD || (d === bestD && k < best)) { best = k; bestD = d; }
      }
      if (!best) return '';
      out.push(best);
      changed = true;
    }
    return changed ? out.join(' ') : '';
  }

  // distance is the edit distance between a and b, or limit+1 when it is
  // larger than limit.
  function distance(a, b, limit) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      let low = i;
      for (let j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        low = Math.min(low, cur[j]);
      }
      if (low > limit) return limit + 1;
      prev = cur;
    }
    return Math.min(prev[b.length], limit + 1);
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

  // meta returns the parts of "Cá nhân · Đak Đoa · 2020 · Y tế" for
  // profile i, as the card partial shows them: {text, badge} for each
  // dimension on cards that it has a value for, and the former units of
  // a commune (former) when the query words ws name one of them and not
  // the commune itself.
  function meta(c, i, ws) {
    const out = [];
    for (const d of c.dims) {
      if (!d.card) continue;
      if (d.year) { out.push({ text: d.text[i], badge: d.badge, key: d.key }); continue; }
      const v = d.of[i];
      const terms = (d.multi ? v : [v]).map((x) => d.vocab[x]).filter(Boolean);
      if (!terms.length) continue;
      const part = { text: terms.map((t) => t.name).join(', '), badge: d.badge, key: d.key };
      const t = terms[0];
      if (!d.multi && t.former && (ws || []).some((w) => t.formerWords.some((x) => x.startsWith(w)) &&
          !t.words.some((x) => x.startsWith(w)))) part.former = t.former;
      out.push(part);
    }
    return out;
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
    let shown = 0;
    for (const part of meta(c, i, ws)) {
      if (part.badge) {
        const tag = document.createElement('span');
        tag.className = 'tag tag-' + part.key;
        highlight(tag, part.text, ws);
        p.append(tag, ' ');
        continue;
      }
      if (shown++) p.append(' · ');
      const span = document.createElement('span');
      highlight(span, part.text, ws);
      p.append(span);
      if (part.former) {
        // Found by the name of a unit it replaced: say so.
        const note = document.createElement('span');
        note.className = 'former';
        // The sentence around the name, split at its argument so the name
        // can be highlighted.
        const [pre, post] = t('searchFormer', '\u0000').split('\u0000');
        note.append(' ' + pre);
        highlight(note, part.former, ws);
        note.append(post || '');
        p.append(note);
      }
    }
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
    search: { fold, slug, words, accents, load, search, match, collections, suggest, highlight, card, meta, num, t, PAGE },
  });

  // The search page.
  const form = document.getElementById('tim');
  if (!form) return;
  const input = document.getElementById('tim-q');
  const status = document.getElementById('tim-dem');
  const list = document.getElementById('tim-kq');
  const more = document.getElementById('tim-them');
  const hint = document.getElementById('tim-de-xuat'); // t('suggest') and a link
  const colBox = document.getElementById('tim-bst'); // collections found; absent in an older theme
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

  // showCollections lists the collections whose titles match q above the
  // profiles, and reports how many there are.
  function showCollections(q, ws) {
    if (!colBox) return 0;
    const found = collections(cat, q);
    const ul = colBox.querySelector('ul');
    ul.replaceChildren();
    for (const col of found) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = col.url;
      highlight(a, col.name, ws);
      li.append(a, t('filterJoin') + t('filterCount', num(col.count)));
      ul.append(li);
    }
    colBox.hidden = !found.length;
    return found.length;
  }

  async function run(q) {
    const my = ++seq;
    hint.hidden = true;
    hint.replaceChildren();
    if (colBox) colBox.hidden = true;
    if (!words(q).length) {
      list.replaceChildren();
      more.hidden = true;
      say('');
      return;
    }
    try {
      if (!cat) say(t('searchLoading'));
      cat = await load(indexURL);
      const res = await search(cat, q);
      if (my !== seq) return;
      result = res;
      shown = 0;
      list.replaceChildren();
      say(res.hits.length ? t('searchFound', num(res.hits.length), q.trim()) : t('searchNone', q.trim()));
      const cols = showCollections(q, res.words);
      showMore(false);
      if (!res.hits.length && !cols) {
        const s = await suggest(cat, q);
        if (my !== seq || !s) return;
        const u = new URL(location.href);
        u.searchParams.set('q', s);
        const a = document.createElement('a');
        a.href = u.pathname + u.search;
        a.textContent = s;
        a.addEventListener('click', (e) => {
          e.preventDefault();
          input.value = s;
          remember(s);
          run(s);
        });
        hint.replaceChildren(t('suggest') + ' ', a);
        hint.hidden = false;
      }
    } catch (e) {
      if (my === seq) say(t('searchFailed'));
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
