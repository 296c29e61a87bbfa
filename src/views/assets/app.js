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

  // Proof of work on anonymous forms (docs/THREAT_MODEL.md): find a counter such that SHA-256("<challenge>:<counter>")
  // starts with the challenge's number of zero bits, while the person reads and types. Without this script, or
  // without crypto.subtle (plain http), the solution stays empty and the server makes the post wait a moment instead,
  // so anything that goes wrong here only leaves the field empty.
  var subtle = window.crypto && window.crypto.subtle;
  var challenges = document.querySelectorAll('input[data-pow-bits]');
  if (subtle && window.TextEncoder && window.Promise && challenges.length) {
    var encoder = new TextEncoder();
    var zeroBits = function (digest) {
      var bytes = new Uint8Array(digest);
      for (var i = 0, bits = 0; i < bytes.length; i += 1, bits += 8) {
        if (bytes[i]) return bits + Math.clz32(bytes[i]) - 24;
      }
      return bits;
    };
    // Batches of digests in parallel, each batch awaited: the page stays responsive between them.
    var solve = function (challenge, bits) {
      var next = 0;
      var batch = function () {
        var start = next;
        var digests = [];
        for (var i = 0; i < 64; i += 1) digests.push(subtle.digest('SHA-256', encoder.encode(challenge + ':' + (start + i))));
        next += 64;
        return Promise.all(digests).then(function (results) {
          for (var j = 0; j < results.length; j += 1) if (zeroBits(results[j]) >= bits) return String(start + j);
          return batch();
        });
      };
      return batch();
    };
    // One form at a time (a page may hold several), the form being used first.
    var queue = [];
    var busy = false;
    var work = function () {
      if (busy || !queue.length) return;
      var job = queue.shift();
      busy = true;
      solve(job.challenge.value, Number(job.challenge.getAttribute('data-pow-bits'))).then(function (counter) {
        job.solution.value = counter;
      }).catch(function () {}).then(function () {
        job.finished = true;
        busy = false;
        job.done();
        work();
      });
    };
    var first = function (job) {
      var at = queue.indexOf(job);
      if (at > 0) queue.unshift(queue.splice(at, 1)[0]);
    };
    Array.prototype.forEach.call(challenges, function (challenge) {
      var form = challenge.form;
      var job = { challenge: challenge, solution: form.querySelector('input[name=_pow_solution]'), finished: false };
      if (!job.solution) return;
      job.ready = new Promise(function (resolve) { job.done = resolve; });
      queue.push(job);
      form.addEventListener('focusin', function () { first(job); });
      var held = false;
      // Sent before the solution is ready: hold the post until it is (or a few seconds have passed, after which the
      // server's wait takes over), keeping the button that was pressed.
      form.addEventListener('submit', function (event) {
        if (job.finished || held) return;
        held = true;
        event.preventDefault();
        first(job);
        // A live region made empty first and filled a moment later, so screen readers announce the words.
        var status = document.createElement('div');
        status.setAttribute('role', 'status');
        form.appendChild(status);
        setTimeout(function () { status.textContent = challenge.getAttribute('data-pow-waiting'); }, 100);
        var submitter = event.submitter;
        var giveUp = new Promise(function (resolve) { setTimeout(resolve, 15000); });
        Promise.race([job.ready, giveUp]).then(function () {
          form.removeChild(status);
          if (form.requestSubmit) return form.requestSubmit(submitter || undefined);
          if (submitter && submitter.name) {
            var copy = document.createElement('input');
            copy.type = 'hidden';
            copy.name = submitter.name;
            copy.value = submitter.value;
            form.appendChild(copy);
          }
          form.submit();
        });
      });
    });
    work();
  }

  // Coding a passage (analysis pages): without this script a code or quote applies to the whole paragraph, whose
  // offsets the forms carry; with it, selecting words inside the paragraph narrows the forms to those words.
  document.querySelectorAll('[data-passage-start]').forEach(function (passage) {
    var text = passage.querySelector('[data-passage-text]');
    var note = passage.querySelector('.selection-note');
    var base = Number(passage.getAttribute('data-passage-start'));
    var fields = function (name) {
      return passage.querySelectorAll('form:not([data-suggestion]) input[type=hidden][name=' + name + ']');
    };
    var whole = { start: base, end: base + text.textContent.length };
    var set = function (start, end) {
      fields('start').forEach(function (input) { input.value = String(start); });
      fields('end').forEach(function (input) { input.value = String(end); });
    };
    document.addEventListener('selectionchange', function () {
      var selection = document.getSelection();
      var range = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
      var inside = range && !range.collapsed && text.contains(range.startContainer) && text.contains(range.endContainer);
      if (!inside) {
        if (!passage.contains(document.activeElement)) { set(whole.start, whole.end); note.hidden = true; }
        return;
      }
      set(base + range.startOffset, base + range.endOffset);
      note.textContent = passage.getAttribute('data-selection-note').replace('%s', range.toString());
      note.hidden = false;
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
