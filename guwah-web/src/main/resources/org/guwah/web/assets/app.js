// Guwah workspace: progressive enhancement only; every page works without this file.
// Checks fuzzy dates as they are typed (the server checks again) and wires the quick-exit button.
(function () {
  'use strict';
  var FUZZY = /^(\d{4}(-\d{2}(-\d{2})?)?|(early|mid|late) \d{4}|\d{4}(-\d{2}(-\d{2})?)?\/\d{4}(-\d{2}(-\d{2})?)?)$/;
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[data-fuzzy-date]').forEach(function (input) {
      input.addEventListener('input', function () {
        var v = input.value.trim();
        input.setAttribute('aria-invalid', v === '' || FUZZY.test(v) ? 'false' : 'true');
      });
    });
    document.querySelectorAll('[data-quick-exit]').forEach(function (button) {
      button.addEventListener('click', function (e) {
        e.preventDefault();
        try { window.history.replaceState(null, '', '/'); } catch (ignored) { /* best effort */ }
        window.location.replace(button.getAttribute('data-quick-exit'));
      });
    });
  });
}());
