// vanban web page: the little the server cannot do. Served from this origin (the CSP allows no inline script).
(function () {
  'use strict';
  var csrf = document.body.getAttribute('data-csrf');
  // Every htmx request carries the page's anti-forgery token.
  document.body.addEventListener('htmx:configRequest', function (event) {
    event.detail.headers['X-CSRF-Token'] = csrf;
  });

  // Document page: pointing at a field outlines its boxes on the page image.
  document.addEventListener('mouseover', function (event) {
    var row = event.target.closest && event.target.closest('tr[id^="f-"]');
    document.querySelectorAll('rect.box.focus').forEach(function (r) { r.classList.remove('focus'); });
    if (!row) return;
    var field = row.id.slice(2);
    document.querySelectorAll('rect.box').forEach(function (r) {
      if (r.getAttribute('data-field') === field) r.classList.add('focus');
    });
  });

  // Review queue: A accept, C correct, S skip, J/K move.
  var items = function () { return Array.prototype.slice.call(document.querySelectorAll('.review-item')); };
  var current = function () { return document.querySelector('.review-item.current'); };
  function select(item) {
    if (!item) return;
    items().forEach(function (i) { i.classList.remove('current'); });
    item.classList.add('current');
    item.scrollIntoView({ block: 'nearest' });
  }
  function next(from) {
    var list = items();
    var at = list.indexOf(from);
    for (var i = at + 1; i < list.length; i++) if (!list[i].classList.contains('done')) return list[i];
    return null;
  }
  document.addEventListener('DOMContentLoaded', function () { select(items()[0]); });
  document.body.addEventListener('htmx:afterSwap', function (event) {
    var item = event.target.closest && event.target.closest('.review-item');
    if (item && item.classList.contains('done')) select(next(item));
  });
  document.addEventListener('click', function (event) {
    var skip = event.target.closest && event.target.closest('.review-item .skip');
    if (skip) select(next(skip.closest('.review-item')) || skip.closest('.review-item'));
    var item = event.target.closest && event.target.closest('.review-item');
    if (item && !skip) select(item);
  });
  document.addEventListener('keydown', function (event) {
    var item = current();
    if (!item || event.ctrlKey || event.metaKey || event.altKey) return;
    var typing = event.target.tagName === 'INPUT' || event.target.tagName === 'TEXTAREA';
    if (typing) {
      if (event.key === 'Escape') event.target.blur();
      return;
    }
    var key = event.key.toLowerCase();
    if (key === 'a') { event.preventDefault(); item.querySelector('button[value=confirm]').click(); }
    else if (key === 'c') { event.preventDefault(); var input = item.querySelector('input[name=value]'); input.focus(); input.select(); }
    else if (key === 's' || key === 'j') { event.preventDefault(); select(next(item) || item); }
    else if (key === 'k') { event.preventDefault(); var list = items(); select(list[Math.max(0, list.indexOf(item) - 1)]); }
  });
})();
