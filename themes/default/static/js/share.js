// share.js: the share and save actions of a profile page
// (layouts/profile.html, "share"). Without JavaScript only the Facebook and
// Zalo links show; this script shows the buttons that need it:
//   - "Chia sẻ", where the browser has the Web Share API (phones): the
//     system's share sheet, Zalo and Messenger included. There the Zalo
//     link is hidden: Zalo documents sharing from a web page only through
//     its SDK's button (a third-party script, which the CSP forbids) and
//     its apps; sp.zalo.me/share_inline is the address that button opens,
//     undocumented, so it is offered only where no share sheet is;
//   - copy the link, with a confirmation read out by screen readers;
//   - print, or save as PDF.
// Every word shown comes from the page (data-* attributes), not from here.
(() => {
  'use strict';

  const bar = document.querySelector('.share');
  if (!bar) return;
  const status = bar.querySelector('.share-status');
  const say = (text) => {
    // Emptied first, so the same message is announced again on a second
    // click.
    status.textContent = '';
    setTimeout(() => { status.textContent = text; }, 50);
  };

  const native = bar.querySelector('[data-share="native"]');
  if (native && typeof navigator.share === 'function') {
    native.hidden = false;
    const zalo = bar.querySelector('[data-share="zalo"]');
    if (zalo) zalo.hidden = true;
    native.addEventListener('click', () => {
      navigator.share({ title: native.dataset.title, url: native.dataset.url }).catch(() => {});
    });
  }

  const copy = bar.querySelector('[data-share="copy"]');
  if (copy) {
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      const url = copy.dataset.url;
      try {
        if (navigator.clipboard && window.isSecureContext) {
          await navigator.clipboard.writeText(url);
        } else {
          // Plain http (a preview on the local network): the old way.
          const t = document.createElement('textarea');
          t.value = url;
          t.setAttribute('readonly', '');
          t.className = 'visually-hidden';
          document.body.append(t);
          t.select();
          const ok = document.execCommand('copy');
          t.remove();
          if (!ok) throw new Error('copy');
        }
        say(copy.dataset.copied);
      } catch {
        say(copy.dataset.failed);
      }
    });
  }

  const print = bar.querySelector('[data-share="print"]');
  if (print && typeof window.print === 'function') {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
  }
})();
