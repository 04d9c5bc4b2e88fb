// Enhancements for readers with scripts on. The page is complete without them:
// the head script already applied a stored theme before first paint, so nothing here moves the layout.
(function () {
  "use strict";
  var root = document.documentElement;
  var key = "inkstone-theme";

  function systemTheme() {
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  // Browser toolbars follow the theme-color meta tags, which only know the system preference.
  function paintBrowserChrome() {
    var colour = window.getComputedStyle(document.querySelector(".site-header") || document.body).backgroundColor;
    Array.prototype.forEach.call(document.querySelectorAll('meta[name="theme-color"]'), function (meta) {
      meta.setAttribute("content", colour);
    });
  }

  function setUpThemeToggle() {
    var toggle = document.querySelector(".theme-toggle");
    if (!toggle) return;
    function current() { return root.getAttribute("data-theme") || systemTheme(); }
    function reflect() { toggle.setAttribute("aria-pressed", current() === "dark" ? "true" : "false"); }
    toggle.hidden = false;
    reflect();
    if (root.getAttribute("data-theme")) paintBrowserChrome();
    toggle.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      reflect();
      paintBrowserChrome();
      try { localStorage.setItem(key, next); } catch (e) { /* private mode: the choice lasts this page only */ }
    });
    // Without a stored choice the page follows the system, so keep the button's state honest when it changes.
    if (window.matchMedia) {
      var query = window.matchMedia("(prefers-color-scheme: dark)");
      if (query.addEventListener) query.addEventListener("change", reflect);
    }
  }

  function setUpCopyButtons() {
    var label = document.body.getAttribute("data-copy-label");
    var done = document.body.getAttribute("data-copied-label");
    if (!label || !navigator.clipboard) return;
    var blocks = document.querySelectorAll(".post__content pre > code");
    Array.prototype.forEach.call(blocks, function (code) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = label;
      button.addEventListener("click", function () {
        // Copy the code only: line numbers and diff marks live outside the .lc spans.
        var lines = code.querySelectorAll(".lc");
        var text = lines.length ? Array.prototype.map.call(lines, function (l) { return l.textContent; }).join("\n") : code.innerText;
        navigator.clipboard.writeText(text).then(function () {
          button.textContent = done;
          button.classList.add("is-done");
          setTimeout(function () { button.textContent = label; button.classList.remove("is-done"); }, 1600);
        }, function () { /* clipboard refused: leave the button as it was */ });
      });
      code.parentNode.appendChild(button);
    });
  }

  // Marks the contents entry of the section being read; only matters where the list sits beside the text.
  function setUpTocHighlight() {
    var links = document.querySelectorAll(".toc a[href^='#']");
    if (!links.length || !("IntersectionObserver" in window)) return;
    var byId = {};
    var headings = [];
    Array.prototype.forEach.call(links, function (link) {
      var id = decodeURIComponent(link.getAttribute("href").slice(1));
      var heading = document.getElementById(id);
      if (heading) { byId[id] = link; headings.push(heading); }
    });
    var active = null;
    function activate(id) {
      var link = byId[id];
      if (!link || link === active) return;
      if (active) { active.classList.remove("is-active"); active.removeAttribute("aria-current"); }
      link.classList.add("is-active");
      link.setAttribute("aria-current", "location");
      active = link;
    }
    var observer = new IntersectionObserver(function () {
      // The active section is the last heading that has scrolled past the top fifth of the window.
      var limit = window.innerHeight * 0.2;
      var chosen = headings[0];
      for (var i = 0; i < headings.length; i++) {
        if (headings[i].getBoundingClientRect().top <= limit) chosen = headings[i]; else break;
      }
      activate(chosen.id);
    }, { rootMargin: "0px 0px -80% 0px", threshold: [0, 1] });
    headings.forEach(function (h) { observer.observe(h); });
  }

  // Remembers the reader's choice of code tab ("Python" over "C++") across the site.
  function setUpCodeTabs() {
    var key = "inkstone-code-tab";
    var radios = document.querySelectorAll(".code-tabs__radio");
    if (!radios.length) return;
    function labelOf(radio) { var l = radio.nextElementSibling; return l ? l.textContent : ""; }
    var chosen = null;
    try { chosen = localStorage.getItem(key); } catch (e) { /* storage off: tabs still work */ }
    if (chosen) {
      Array.prototype.forEach.call(radios, function (radio) { if (labelOf(radio) === chosen) radio.checked = true; });
    }
    Array.prototype.forEach.call(radios, function (radio) {
      radio.addEventListener("change", function () {
        var name = labelOf(radio);
        Array.prototype.forEach.call(radios, function (other) { if (labelOf(other) === name) other.checked = true; });
        try { localStorage.setItem(key, name); } catch (e) { /* the choice lasts this page only */ }
      });
    });
  }

  // A formula, table or code block wider than the column scrolls sideways inside its own box; a reader
  // without a mouse can only scroll it once it takes focus, so such boxes join the tab order.
  function setUpScrollableRegions() {
    var boxes = document.querySelectorAll(".post__content .math-display, .post__content table, .post__content pre");
    if (!boxes.length) return;
    function update() {
      Array.prototype.forEach.call(boxes, function (box) {
        var scrolls = box.scrollWidth > box.clientWidth + 1;
        if (scrolls && !box.hasAttribute("tabindex")) box.setAttribute("tabindex", "0");
        else if (!scrolls && box.getAttribute("tabindex") === "0") box.removeAttribute("tabindex");
      });
    }
    update();
    // The math font arrives after this script runs and changes the formulas' widths.
    if (document.fonts && document.fonts.ready) document.fonts.ready.then(update);
    var timer;
    window.addEventListener("resize", function () { clearTimeout(timer); timer = setTimeout(update, 150); });
  }

  setUpThemeToggle();
  setUpCodeTabs();
  setUpCopyButtons();
  setUpTocHighlight();
  setUpScrollableRegions();
})();
