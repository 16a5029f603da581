// The invite card's "Print" button. A separate file because the Content-Security-Policy
// allows scripts only from this server, never inline.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
