// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // Move focus to the error summary so keyboard and screen-reader users hear what went wrong first.
  var summary = document.getElementById('error-summary');
  if (summary) summary.focus();

  // Ask before leaving a form with unsaved changes (a long answer typed on a slow link is precious).
  var dirty = false;
  document.querySelectorAll('form[data-warn-unsaved]').forEach(function (form) {
    form.addEventListener('input', function () { dirty = true; });
    form.addEventListener('submit', function () { dirty = false; });
  });
  window.addEventListener('beforeunload', function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = ''; }
  });

  // Refuse an oversize file before a long upload on a slow link; the server checks again regardless.
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
      var max = Number(input.getAttribute('data-max-bytes'));
      var tooBig = Array.prototype.some.call(input.files || [], function (f) { return f.size > max; });
      input.setCustomValidity(tooBig ? (input.getAttribute('data-too-large') || 'Too large') : '');
      input.reportValidity();
    });
  });

  // Copy buttons for private links.
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var target = document.getElementById(button.getAttribute('data-copy'));
      if (target && navigator.clipboard) navigator.clipboard.writeText(target.textContent.trim());
    });
  });
})();
