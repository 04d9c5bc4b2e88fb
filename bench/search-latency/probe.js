// Watches the search page's status line, which search.js sets to the loading message when a query's
// search starts and to the result count right after the results are in the list. Each change is
// stamped with performance.now(), so no timing hook is needed inside search.js itself.
(() => {
  "use strict";
  const probe = { started: [], rendered: [], painted: [] };
  window.__searchProbe = probe;
  document.addEventListener("DOMContentLoaded", () => {
    const status = document.querySelector(".search-page__status");
    const loading = document.querySelector(".site-search").getAttribute("data-loading");
    new MutationObserver(() => {
      const now = performance.now(), text = status.textContent;
      if (!text) return;
      if (text === loading) { probe.started.push(now); return; }
      probe.rendered.push(now);
      // The frame that shows the results: the next animation frame after the list changed.
      requestAnimationFrame(() => probe.painted.push(performance.now()));
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
})();
