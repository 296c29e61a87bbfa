// Passkeys (WebAuthn) on members' pages, loaded only by them. The server renders each ceremony's options into its
// form (data-passkey-options) and checks the answer the form posts back (field "response", JSON). Without this
// script, or in a browser without passkeys, the forms stay hidden and the page's message says what to do instead.
(function () {
  'use strict';
  var forms = document.querySelectorAll('form[data-passkey]');
  if (!forms.length || !window.PublicKeyCredential || !navigator.credentials) return;

  function bytes(text) {
    var binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4));
    var out = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
    return out;
  }
  function text(buffer) {
    var binary = '';
    new Uint8Array(buffer).forEach(function (b) { binary += String.fromCharCode(b); });
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function descriptors(list) {
    return (list || []).map(function (d) { return { type: d.type, id: bytes(d.id), transports: d.transports }; });
  }
  function common(credential, response) {
    return {
      id: credential.id, rawId: text(credential.rawId), type: credential.type, response: response,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment || undefined,
    };
  }

  function create(options) {
    var publicKey = Object.assign({}, options, {
      challenge: bytes(options.challenge),
      user: Object.assign({}, options.user, { id: bytes(options.user.id) }),
      excludeCredentials: descriptors(options.excludeCredentials),
    });
    return navigator.credentials.create({ publicKey: publicKey }).then(function (credential) {
      var r = credential.response;
      return common(credential, {
        clientDataJSON: text(r.clientDataJSON), attestationObject: text(r.attestationObject),
        transports: r.getTransports ? r.getTransports() : [],
      });
    });
  }

  function get(options) {
    var publicKey = Object.assign({}, options, { challenge: bytes(options.challenge), allowCredentials: descriptors(options.allowCredentials) });
    return navigator.credentials.get({ publicKey: publicKey }).then(function (credential) {
      var r = credential.response;
      return common(credential, {
        clientDataJSON: text(r.clientDataJSON), authenticatorData: text(r.authenticatorData), signature: text(r.signature),
        userHandle: r.userHandle ? text(r.userHandle) : undefined,
      });
    });
  }

  document.querySelectorAll('[data-passkey-unavailable]').forEach(function (message) { message.hidden = true; });
  forms.forEach(function (form) {
    form.hidden = false;
    var failed = form.querySelector('[data-passkey-failed]');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      failed.hidden = true;
      // An empty name goes straight to the server, which says so beside the field (no passkey made for nothing).
      var name = form.elements.namedItem('name');
      if (name && !name.value.trim()) { form.submit(); return; }
      var options = JSON.parse(form.getAttribute('data-passkey-options'));
      var ceremony = form.getAttribute('data-passkey') === 'register' ? create(options) : get(options);
      ceremony.then(function (answer) {
        form.elements.namedItem('response').value = JSON.stringify(answer);
        form.submit(); // submit() fires no submit event: no loop
      }, function () {
        // Cancelled, timed out, or no matching passkey: nothing was sent, the same challenge can be tried again.
        failed.hidden = false;
      });
    });
  });
})();
