// Loads the comment system the writer turned on (comments: in inkstone.yml) only once the reader reaches the
// comments or presses the button: until then the page makes no request to the provider's host. The provider's
// script and style sheet come from the addresses the section names (its own host, or a self-hosted instance).
(function () {
  "use strict";
  var section = document.getElementById("comments");
  if (!section) return;
  var root = document.documentElement;
  var thread = section.querySelector(".comments__thread");
  var button = section.querySelector(".comments__load");
  var note = section.querySelector(".comments__note");
  var script = section.getAttribute("data-script");
  var path = section.getAttribute("data-path") || location.pathname;
  var loaded = false;
  var instance = null;

  function option(name) { return section.getAttribute("data-option-" + name) || ""; }

  // The theme's own rule: the reader's choice (data-theme on <html>) over the system's.
  function dark() {
    var chosen = root.getAttribute("data-theme");
    if (chosen) return chosen === "dark";
    return !!(window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches);
  }

  function originOf(url) {
    try { return new URL(url, location.href).origin; } catch (e) { return null; }
  }

  function failed() {
    note.textContent = section.getAttribute("data-failed");
    note.hidden = false;
  }

  function addScript(attributes, onload) {
    var element = document.createElement("script");
    element.src = script;
    element.async = true;
    Object.keys(attributes || {}).forEach(function (name) { element.setAttribute(name, attributes[name]); });
    element.addEventListener("load", function () {
      note.hidden = true;
      if (!onload) return;
      try { onload(); } catch (e) { failed(); }
    });
    element.addEventListener("error", failed);
    return element;
  }

  function addStyle() {
    var href = section.getAttribute("data-style");
    if (!href) return;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.appendChild(link);
  }

  function post(frameSelector, message) {
    var frame = section.querySelector(frameSelector);
    var origin = originOf(script);
    if (frame && frame.contentWindow && origin) frame.contentWindow.postMessage(message, origin);
  }

  var providers = {
    giscus: {
      // https://giscus.app/: the script reads its data- attributes and puts its frame in the .giscus element.
      start: function () {
        thread.appendChild(addScript({
          "data-repo": option("repo"), "data-repo-id": option("repo-id"),
          "data-category": option("category"), "data-category-id": option("category-id"),
          "data-mapping": option("mapping"), "data-strict": option("strict"),
          "data-reactions-enabled": option("reactions-enabled"), "data-emit-metadata": "0",
          "data-input-position": option("input-position"), "data-lang": option("lang"),
          "data-theme": dark() ? "dark" : "light", "data-loading": "eager", "crossorigin": "anonymous"
        }));
      },
      retheme: function () { post("iframe.giscus-frame", { giscus: { setConfig: { theme: dark() ? "dark" : "light" } } }); }
    },
    utterances: {
      // https://utteranc.es/: the same, with its own names.
      start: function () {
        var attributes = { "repo": option("repo"), "issue-term": option("issue-term"), "theme": dark() ? "github-dark" : "github-light", "crossorigin": "anonymous" };
        if (option("label")) attributes.label = option("label");
        thread.appendChild(addScript(attributes));
      },
      retheme: function () { post("iframe.utterances-frame", { type: "set-theme", theme: dark() ? "github-dark" : "github-light" }); }
    },
    waline: {
      // https://waline.js.org/: its dark styles apply under the selector it is given, which follows the theme below.
      start: function () {
        addStyle();
        document.head.appendChild(addScript(null, function () {
          instance = window.Waline.init({
            el: thread, serverURL: option("server-url"), path: path, lang: option("lang"),
            dark: '#comments[data-comments-theme="dark"]'
          });
        }));
      }
    },
    twikoo: {
      // https://twikoo.js.org/: it takes its colours from the page around it.
      start: function () {
        document.head.appendChild(addScript(null, function () {
          var settings = { envId: option("env-id"), el: "#comments-thread", path: path, lang: option("lang") };
          if (option("region")) settings.region = option("region");
          var started = window.twikoo.init(settings);
          if (started && started.catch) started.catch(failed);
        }));
      }
    },
    artalk: {
      // https://artalk.js.org/: served by the Artalk server itself, script and style sheet.
      start: function () {
        addStyle();
        document.head.appendChild(addScript(null, function () {
          instance = window.Artalk.init({
            el: thread, pageKey: path, pageTitle: section.getAttribute("data-title"),
            server: option("server"), site: option("site"), locale: option("locale"), darkMode: dark()
          });
        }));
      },
      retheme: function () { if (instance && instance.setDarkMode) instance.setDarkMode(dark()); }
    }
  };

  var provider = providers[section.getAttribute("data-comments")];
  if (!provider || !script) return;

  function reflectTheme() {
    section.setAttribute("data-comments-theme", dark() ? "dark" : "light");
    if (loaded && provider.retheme) provider.retheme();
  }
  reflectTheme();
  new MutationObserver(reflectTheme).observe(root, { attributes: true, attributeFilter: ["data-theme"] });
  if (window.matchMedia) {
    var query = window.matchMedia("(prefers-color-scheme: dark)");
    if (query.addEventListener) query.addEventListener("change", reflectTheme);
  }

  var observer = null;
  function load() {
    if (loaded) return;
    loaded = true;
    if (observer) observer.disconnect();
    button.hidden = true;
    note.textContent = section.getAttribute("data-loading");
    section.classList.add("is-loading");
    provider.start();
  }

  note.textContent = section.getAttribute("data-deferred");
  button.hidden = false;
  button.addEventListener("click", load);
  if ("IntersectionObserver" in window) {
    // A little before the section scrolls into view, so the thread is there when the reader arrives.
    observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) load();
    }, { rootMargin: "0px 0px 200px 0px" });
    observer.observe(section);
  }
})();
