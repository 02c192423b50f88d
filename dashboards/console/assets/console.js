// Legal Aid Hub console: CSRF token on htmx requests, confirmation of risky actions, keyboard shortcuts.
(function () {
  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }
  document.addEventListener('htmx:configRequest', function (e) {
    var header = meta('_csrf_header'), token = meta('_csrf');
    if (header && token) { e.detail.headers[header] = token; }
  });
  document.addEventListener('submit', function (e) {
    var text = e.target.getAttribute('data-confirm');
    if (text && !window.confirm(text)) { e.preventDefault(); e.stopPropagation(); }
  }, true);
  document.addEventListener('htmx:confirm', function (e) {
    var form = e.target.closest && e.target.closest('form');
    var text = form && form.getAttribute('data-confirm');
    if (text) { e.preventDefault(); if (window.confirm(text)) { e.detail.issueRequest(true); } }
  });
  // Alt+1..9 follow the menu's access keys; "/" jumps to the page's search or filter box.
  document.addEventListener('keydown', function (e) {
    var tag = (e.target.tagName || '').toLowerCase();
    if (e.key === '/' && tag !== 'input' && tag !== 'textarea' && tag !== 'select') {
      var box = document.querySelector('[data-focus-key]');
      if (box) { e.preventDefault(); box.focus(); }
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    if (document.body.getAttribute('data-clear-draft') === 'true') {
      try { Object.keys(localStorage).forEach(function (k) { if (k.indexOf('referral-draft:') === 0) { localStorage.removeItem(k); } }); } catch (ignored) { }
    }
  });
})();
