// Replay buttons of the parked-messages page: POST to the bot's admin API with the CSRF
// header (no inline script: the CSP allows only 'self').
(function () {
  'use strict';
  var page = document.getElementById('parked');
  if (!page) {
    return;
  }
  page.querySelectorAll('button.replay').forEach(function (button) {
    button.addEventListener('click', function () {
      var result = button.parentElement.querySelector('.replay-result');
      var headers = { 'Accept': 'application/json' };
      headers[page.dataset.csrfHeader] = page.dataset.csrfToken;
      button.disabled = true;
      fetch(button.dataset.replayUrl, { method: 'POST', headers: headers, credentials: 'same-origin' })
        .then(function (response) {
          if (response.status === 202) {
            result.textContent = page.dataset.done;
            button.hidden = true;
          } else if (response.status === 404) {
            result.textContent = page.dataset.gone;
            button.hidden = true;
          } else {
            throw new Error('HTTP ' + response.status);
          }
        })
        .catch(function () {
          result.textContent = page.dataset.failed;
          button.disabled = false;
        });
    });
  });
})();
