// Loads the analytics counters the writer turned on (analytics: in inkstone.yml), each from the address the page
// names, unless the reader's browser asks not to be tracked and the site honours that (the default).
(function () {
  "use strict";
  var self = document.currentScript;
  if (self && self.getAttribute("data-honor-dnt") !== "false") {
    var asked = navigator.doNotTrack === "1" || navigator.doNotTrack === "yes" || window.doNotTrack === "1" || navigator.globalPrivacyControl === true;
    if (asked) return;
  }

  // What a provider's snippet sets up before its script arrives.
  var before = {
    google: function (element) {
      window.dataLayer = window.dataLayer || [];
      window.gtag = function () { window.dataLayer.push(arguments); };
      window.gtag("js", new Date());
      window.gtag("config", element.getAttribute("data-option-id"));
    },
    baidu: function () { window._hmt = window._hmt || []; }
  };

  Array.prototype.forEach.call(document.querySelectorAll("script[data-analytics]"), function (element) {
    var provider = element.getAttribute("data-analytics");
    if (before[provider]) before[provider](element);
    var counter = document.createElement("script");
    counter.async = true;
    counter.src = element.getAttribute("data-src");
    // The provider's own data- attributes (data-domain, data-website-id, data-goatcounter), which its script reads from itself.
    Array.prototype.forEach.call(element.attributes, function (attribute) {
      if (attribute.name.indexOf("data-option-") === 0) counter.setAttribute("data-" + attribute.name.slice(12), attribute.value);
    });
    document.head.appendChild(counter);
  });
})();
