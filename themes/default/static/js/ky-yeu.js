// ky-yeu.js: true page numbers for an honour book (layouts/book.html,
// css/ky-yeu.css).
//
// The generator numbers the book as if every profile took one page; a
// profile longer than a page runs onto the next and would put every
// number after it off. This script measures each profile as the screen
// shows it, where css/ky-yeu.css draws every section as the sheet it
// prints on (the @page margins as its padding, the same width), counts
// the sheets it takes, and writes the true numbers into the table of
// contents and the page footers: when the page loads, when its fonts and
// pictures have arrived, and just before printing (Chromium fires
// beforeprint before it lays the page out for print, so the screen
// layout is what there is to measure).
//
// No inline code and no libraries: it runs under the book's CSP
// (script-src 'self'). Without it the generator's numbers stay.
(() => {
  'use strict';

  // CSS absolute units in CSS pixels.
  const UNITS = { mm: 96 / 25.4, cm: 96 / 2.54, q: 96 / 101.6, in: 96, pt: 96 / 72, pc: 16, px: 1 };
  // Paper sizes of the CSS size property: [width, height] in mm, portrait.
  const PAPER = { a5: [148, 210], a4: [210, 297], a3: [297, 420], b5: [176, 250], b4: [250, 353], letter: [215.9, 279.4], legal: [215.9, 355.6] };

  function length(s) {
    const m = /^(-?[\d.]+)([a-z]*)$/i.exec((s || '').trim());
    if (!m) return NaN;
    return parseFloat(m[1]) * (UNITS[m[2].toLowerCase()] || (m[1] === '0' ? 0 : NaN));
  }

  // geometry reads the book's @page rule: the page's height and its top
  // and bottom margins, in CSS pixels (A4 and no margins when there is
  // no rule).
  function geometry() {
    const g = { height: 297 * UNITS.mm, top: 0, bottom: 0 };
    for (const sheet of document.styleSheets) {
      let rules;
      try { rules = sheet.cssRules; } catch (e) { continue; }
      for (const r of rules) {
        if (!(r instanceof CSSPageRule) || r.selectorText) continue; // :first and others: not the body pages
        const size = r.style.getPropertyValue('size').trim().toLowerCase().split(/\s+/).filter(Boolean);
        if (size.length) {
          const lens = size.map(length).filter((x) => !isNaN(x));
          const paper = PAPER[size.find((w) => PAPER[w])];
          if (lens.length === 2) g.height = lens[1];
          else if (paper) g.height = (size.includes('landscape') ? paper[0] : paper[1]) * UNITS.mm;
        }
        for (const side of ['top', 'bottom']) {
          const v = length(r.style.getPropertyValue('margin-' + side));
          if (!isNaN(v)) g[side] = v;
        }
      }
    }
    return g;
  }

  // number writes each profile's first page into the table of contents
  // and its pages into its footer. The cover and every page of contents
  // take one page each (their print heights are fixed in ky-yeu.css).
  function number() {
    const g = geometry();
    const usable = g.height - g.top - g.bottom;
    if (!(usable > 0)) return;
    let n = 1 + document.querySelectorAll('.book-toc').length;
    const first = new Map();
    for (const e of document.querySelectorAll('.book-entry')) {
      // The sheet's height less the margins is the height in print; a
      // hundredth of a page of slack for rounding.
      const h = e.getBoundingClientRect().height - g.top - g.bottom;
      const pages = Math.max(1, Math.ceil(h / usable - 0.01));
      first.set(e.id, n + 1);
      const foot = e.querySelector('.book-page');
      // The footer prints at the bottom of the profile's last page.
      if (foot) foot.textContent = pages > 1 ? (n + 1) + '–' + (n + pages) : String(n + 1);
      e.dataset.pages = String(pages);
      n += pages;
    }
    for (const a of document.querySelectorAll('.book-toc a[href^="#"]')) {
      const p = first.get(decodeURIComponent(a.getAttribute('href').slice(1)));
      const cell = a.parentNode.querySelector('.toc-page');
      if (p && cell) cell.textContent = String(p);
    }
    document.body.dataset.pages = String(n);
  }

  number();
  addEventListener('load', number);
  addEventListener('beforeprint', number);
  if (document.fonts) document.fonts.ready.then(number);
})();
