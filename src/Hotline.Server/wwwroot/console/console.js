// Reloads the queue list every 10 seconds so a new urgent case shows without reloading by hand. The list arrives as
// HTML the server has already encoded. The refresh does not keep the session alive: an unattended screen still
// times out, and then this goes to the sign-in page.
(function () {
  var list = document.getElementById('queue');
  if (!list) return;
  var source = list.getAttribute('data-src');
  setInterval(function () {
    fetch(source, { headers: { 'X-Requested-With': 'fetch' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (response.status === 401) { window.location.assign('/console/login'); return null; }
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html === null) return;
        var parsed = new DOMParser().parseFromString(html, 'text/html');
        list.replaceChildren.apply(list, Array.prototype.slice.call(parsed.body.childNodes));
      })
      .catch(function () { /* offline for a moment: the next tick tries again */ });
  }, 10000);
})();
