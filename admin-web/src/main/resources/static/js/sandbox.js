// The sandbox chat: sends what the coach types as the chosen participant and shows the
// conversation, polling the bot's sandbox API. Same origin, CSRF header, no inline script
// (the CSP allows only 'self'); text is always set with textContent, never as HTML.
(function () {
  'use strict';
  var chat = document.getElementById('chat');
  if (!chat) {
    return;
  }
  var log = document.getElementById('chat-log');
  var form = document.getElementById('chat-form');
  var input = document.getElementById('chat-text');
  var error = document.getElementById('chat-error');
  var address = chat.dataset.address;
  var shown = '';
  var fastPolls = 0;

  function headers() {
    var h = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    h[chat.dataset.csrfHeader] = chat.dataset.csrfToken;
    return h;
  }

  function showError(show) {
    error.hidden = !show;
    error.textContent = show ? chat.dataset.error : '';
  }

  function render(lines) {
    var key = JSON.stringify(lines);
    if (key === shown) {
      return;
    }
    shown = key;
    log.replaceChildren();
    lines.forEach(function (line) {
      var item = document.createElement('li');
      var incoming = line.direction === 'IN';
      item.className = 'bubble ' + (incoming ? 'from-participant' : 'from-bot');
      var who = document.createElement('span');
      who.className = 'speaker';
      who.textContent = incoming ? chat.dataset.you : chat.dataset.bot;
      var text = document.createElement('span');
      text.className = 'text';
      text.textContent = line.text || '';
      item.append(who, text);
      log.append(item);
    });
    log.scrollTop = log.scrollHeight;
  }

  function refresh() {
    return fetch(chat.dataset.conversationUrl + encodeURIComponent(address), {
      headers: { 'Accept': 'application/json' }, credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    }).then(function (lines) {
      showError(false);
      render(lines);
    }).catch(function () {
      showError(true);
    });
  }

  // Quick polls right after sending (the reply takes a moment), slower ones otherwise.
  function schedule() {
    var delay = fastPolls > 0 ? 700 : 4000;
    fastPolls = Math.max(0, fastPolls - 1);
    window.setTimeout(function () {
      refresh().finally(schedule);
    }, delay);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) {
      return;
    }
    var button = form.querySelector('button');
    button.disabled = true;
    fetch(chat.dataset.sendUrl, {
      method: 'POST',
      headers: headers(),
      credentials: 'same-origin',
      body: JSON.stringify({ participantId: Number(chat.dataset.participantId), text: text })
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      input.value = '';
      showError(false);
      fastPolls = 15;
      return refresh();
    }).catch(function () {
      showError(true);
    }).finally(function () {
      button.disabled = false;
      input.focus();
    });
  });

  refresh().finally(schedule);
})();
