// Enhances the page when scripts run: the dark mode toggle remembers the reader's choice.
(function () {
  "use strict";
  var root = document.documentElement;
  var key = "inkstone-theme";
  var toggle = document.querySelector(".theme-toggle");
  if (!toggle) return;
  function current() {
    var chosen = root.getAttribute("data-theme");
    if (chosen) return chosen;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  function apply(theme) {
    root.setAttribute("data-theme", theme);
    toggle.setAttribute("aria-pressed", theme === "dark" ? "true" : "false");
  }
  toggle.hidden = false;
  apply(current());
  toggle.addEventListener("click", function () {
    var next = current() === "dark" ? "light" : "dark";
    apply(next);
    try { localStorage.setItem(key, next); } catch (e) { /* private mode: the choice lasts this page only */ }
  });
})();
