// Injected by `inkstone serve` only, never into a built site: reloads the page after a rebuild,
// swaps stylesheets in place when only CSS changed, keeps the scroll position, and shows build errors.
(function () {
  "use strict";
  var key = "inkstone-live-scroll:" + location.pathname;
  try {
    var saved = sessionStorage.getItem(key);
    if (saved) { sessionStorage.removeItem(key); window.addEventListener("load", function () { window.scrollTo(0, +saved); }); }
  } catch (e) { /* no storage: the reload starts at the top */ }

  var source = new EventSource("/__inkstone/events");
  source.addEventListener("reload", function () {
    try { sessionStorage.setItem(key, String(window.scrollY)); } catch (e) { /* ignore */ }
    location.reload();
  });
  source.addEventListener("css", function () {
    hideOverlay();
    Array.prototype.forEach.call(document.querySelectorAll('link[rel="stylesheet"]'), function (link) {
      var url = new URL(link.href);
      url.searchParams.set("v", String(Date.now()));
      link.href = url.toString();
    });
  });
  source.addEventListener("errors", function (event) { showOverlay(JSON.parse(event.data)); });

  function hideOverlay() {
    var old = document.getElementById("inkstone-overlay");
    if (old) old.remove();
  }

  function showOverlay(diagnostics) {
    hideOverlay();
    var overlay = document.createElement("div");
    overlay.id = "inkstone-overlay";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.94);color:#f3f3f3;" +
      "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:2rem;";
    var title = document.createElement("h2");
    title.textContent = "The last change broke the build; the page shows the last good version.";
    title.style.cssText = "font:600 18px/1.4 system-ui,sans-serif;margin:0 0 1rem;color:#ff8f8f";
    overlay.appendChild(title);
    diagnostics.forEach(function (d) {
      var block = document.createElement("pre");
      block.style.cssText = "white-space:pre-wrap;margin:0 0 1.25rem;padding:1rem;background:#000;border-left:4px solid " + (d.severity === "error" ? "#ff6b6b" : "#f2c94c");
      block.textContent = d.path + ":" + d.line + ":" + d.column + ": " + d.severity + " " + d.id + ": " + d.message +
        (d.source ? "\n\n" + d.source : "") + (d.hint ? "\n= hint: " + d.hint : "");
      overlay.appendChild(block);
    });
    document.body.appendChild(overlay);
  }
})();
