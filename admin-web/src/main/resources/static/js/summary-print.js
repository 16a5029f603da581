// The summary page's Print button (a file, not inline script, so a strict CSP allows it).
document.getElementById('print-summary')?.addEventListener('click', () => window.print());
