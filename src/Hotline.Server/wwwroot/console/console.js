// The console's one script. No inline script anywhere (the CSP forbids it); every part runs only where its element is.
(function () {
  var fetchHeaders = { 'X-Requested-With': 'fetch' };

  // Queue: reloads the list every 10 seconds so a new urgent case shows without reloading by hand. The list arrives
  // as HTML the server has already encoded. The number of urgent cases nobody has taken goes in the page title, and
  // a row that was not there before is marked new. The refresh does not keep the session alive: an unattended screen
  // still times out, and then this goes to the sign-in page.
  var list = document.getElementById('queue');
  if (list) {
    var source = list.getAttribute('data-src');
    var title = list.getAttribute('data-title');
    var codes = function () {
      return Array.prototype.map.call(list.querySelectorAll('[data-code]'), function (row) { return row.getAttribute('data-code'); });
    };
    setInterval(function () {
      fetch(source, { headers: fetchHeaders, credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) {
          if (response.status === 401) { window.location.assign('/console/login'); return null; }
          return response.ok ? response.text() : null;
        })
        .then(function (html) {
          if (html === null) return;
          var before = codes();
          var parsed = new DOMParser().parseFromString(html, 'text/html');
          list.replaceChildren.apply(list, Array.prototype.slice.call(parsed.body.childNodes));
          list.querySelectorAll('[data-code]').forEach(function (row) {
            if (before.indexOf(row.getAttribute('data-code')) < 0) row.classList.add('new');
          });
          var counted = list.querySelector('[data-urgent]');
          var urgent = counted ? parseInt(counted.getAttribute('data-urgent'), 10) : 0;
          document.title = (urgent > 0 ? '(' + urgent + ') ' : '') + title + ' · Hotline';
        })
        .catch(function () { /* offline for a moment: the next tick tries again */ });
    }, 10000);
  }

  // Reply: the SMS segments and encoding while the responder types, measured on the server by the same rules as
  // the outbox (a short pause after the last key, so not every key is a request).
  var draft = document.querySelector('textarea[data-count]');
  var shown = document.getElementById('segment-count');
  if (draft && shown) {
    var timer = null;
    draft.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (draft.value.length === 0) { shown.textContent = ''; return; }
        fetch(draft.getAttribute('data-count'), {
          method: 'POST', headers: fetchHeaders, credentials: 'same-origin', cache: 'no-store', body: new URLSearchParams(new FormData(draft.form))
        })
          .then(function (response) {
            if (response.status === 401) { window.location.assign('/console/login'); return null; }
            return response.ok ? response.text() : null;
          })
          .then(function (text) { if (text !== null) shown.textContent = text; })
          .catch(function () { /* the count waits for the next key */ });
      }, 300);
    });
  }
})();
