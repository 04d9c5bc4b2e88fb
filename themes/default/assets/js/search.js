// Site search. The index lives in search/ beside the search page, cut into shards by Inkstone's
// SearchShardWriter; a query fetches meta.json, the term shards of its own terms and the document
// shards of the results it shows. tokenize() and fold() repeat SearchTokenizer (C#) rule for rule,
// and score() repeats SearchRanking: change one side and the other must follow.
(function () {
  "use strict";
  var JOINERS = "-_.+#()";
  var form = document.querySelector(".site-search");
  if (!form || !window.fetch || !"".normalize) return;
  var base = form.action;
  var cache = {};

  function isCjk(c) {
    return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7af) ||
      (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0x20000 && c <= 0x3ffff) || c === 0x3005;
  }
  function isWord(c) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !isCjk(c) && !((c >= 0x2000 && c <= 0x2bff) ||
      (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x1f000 && c <= 0x1ffff) || (c >= 0xd800 && c <= 0xdfff));
  }
  function isJoiner(c) { return c < 0x80 && JOINERS.indexOf(String.fromCharCode(c)) >= 0; }
  function isMark(c) {
    return (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) ||
      (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
  }
  function cp(s) { return s.codePointAt(0); }
  function fold(s) {
    var out = "";
    for (var ch of s.normalize("NFKC").normalize("NFKD")) if (!isMark(cp(ch))) out += ch;
    return out.toLowerCase();
  }
  function count(s, ch) { return s.split(ch).length - 1; }
  function trimJoiners(s) {
    var a = 0, b = s.length;
    while (a < b && JOINERS.indexOf(s[a]) >= 0) a++;
    for (;;) {
      var last = s[b - 1], span = s.slice(a, b);
      if (b > a && ("-_.(".indexOf(last) >= 0 || (last === ")" && count(span, ")") > count(span, "(")))) b--;
      else return s.slice(a, b);
    }
  }
  // Returns the query's terms, and its CJK runs and Latin words for highlighting.
  function tokenize(text) {
    var chars = Array.from(text.normalize("NFKC")), terms = [], runs = [], i = 0;
    while (i < chars.length) {
      var start = i, c = cp(chars[i]);
      if (isCjk(c)) {
        while (i < chars.length && isCjk(cp(chars[i]))) i++;
        if (i - start === 1) terms.push(chars[start]);
        for (var k = start; k + 1 < i; k++) terms.push(chars[k] + chars[k + 1]);
        runs.push(chars.slice(start, i).join(""));
      } else if (isWord(c) || isJoiner(c)) {
        while (i < chars.length && (isWord(cp(chars[i])) || isJoiner(cp(chars[i])))) i++;
        var folded = fold(chars.slice(start, i).join("")), word = "", words = [];
        for (var ch of folded) {
          if (isJoiner(cp(ch))) { if (word) words.push(word); word = ""; } else word += ch;
        }
        if (word) words.push(word);
        terms.push.apply(terms, words);
        var whole = trimJoiners(folded);
        if (/[-_.+#()]/.test(whole)) { terms.push(whole); runs.push(whole); } else runs.push.apply(runs, words);
      } else i++;
    }
    return { terms: terms.filter(function (t, n) { return terms.indexOf(t) === n; }), runs: runs };
  }
  function fnv1a(s) {
    var bytes = new TextEncoder().encode(s), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 16777619);
    return h >>> 0;
  }
  function keyOf(term) { return isCjk(cp(term)) ? term : Array.from(term).slice(0, 2).join(""); }
  function load(name) {
    if (!cache[name]) {
      cache[name] = fetch(new URL(name, base).href).then(function (r) {
        if (r.status === 404 && name !== "meta.json") return {};
        if (!r.ok) throw new Error(r.status);
        return r.json();
      });
      cache[name].catch(function () { delete cache[name]; });
    }
    return cache[name];
  }
  function isPrefix(term) { return !isCjk(cp(term)) && Array.from(term).length >= 2; }
  // A term's shard, or the parts of it that can hold the term: a shard cut for its size is a list of each part's
  // first term (terms in code unit order, one term's postings perhaps continued in the next part).
  function termShards(term, meta) {
    var k = fnv1a(keyOf(term)) % meta.termShards, prefix = isPrefix(term);
    return load("terms-" + k + ".json").then(function (shard) {
      if (!Array.isArray(shard)) return [shard];
      var parts = [];
      shard.forEach(function (first, j) {
        var next = shard[j + 1];
        if ((first <= term || (prefix && first.lastIndexOf(term, 0) === 0)) && (next === undefined || next >= term)) {
          parts.push(load("terms-" + k + "-" + (j + 1) + ".json"));
        }
      });
      return Promise.all(parts);
    });
  }
  function squeeze(s) { return s.trim().split(/\s+/).join(" "); }

  // Every term must match. A term counts 2 × its posting weight, or 1 × for the best longer term it
  // begins (Latin terms of two or more characters); the title adds 256 when it equals the query and
  // 64 when it contains it; equal scores go to the lower id, the newer post.
  async function search(query, limit) {
    var q = tokenize(query);
    if (!q.terms.length) return { total: 0, items: [] };
    var meta = await load("meta.json");
    var shards = await Promise.all(q.terms.map(function (t) { return termShards(t, meta); }));
    var scores = null, weights = {};
    q.terms.forEach(function (term, n) {
      var best = {}, prefix = isPrefix(term);
      weights[term] = {};
      shards[n].forEach(function (shard) {
        Object.keys(shard).forEach(function (key) {
          var exact = key === term;
          if (!exact && !(prefix && key.lastIndexOf(term, 0) === 0)) return;
          for (var list = shard[key], i = 0, id = 0; i < list.length; i += 2) {
            id += list[i];
            var s = exact ? 2 * list[i + 1] : list[i + 1];
            if (exact) weights[term][id] = list[i + 1];
            if (!(best[id] >= s)) best[id] = s;
          }
        });
      });
      var next = {};
      Object.keys(best).forEach(function (id) { if (!scores || id in scores) next[id] = (scores ? scores[id] : 0) + best[id]; });
      scores = next;
    });
    var ranked = Object.keys(scores).map(function (id) { return { id: +id, score: scores[id] }; });
    ranked.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
    var cjkRuns = q.runs.filter(function (r) { return isCjk(cp(r)) && Array.from(r).length > 1; });
    var items = [], total = ranked.length, fq = squeeze(fold(query));
    // CJK runs are checked as written (bigrams 背包 + 包问 could come from different places); candidates
    // are read a batch at a time so that only the document shards of shown results are fetched.
    for (var at = 0; at < ranked.length && items.length < limit && at < limit * 4; at += limit) {
      var batch = ranked.slice(at, at + limit);
      var docs = await Promise.all(batch.map(function (r) {
        return load("docs-" + Math.floor(r.id / meta.docsPerShard) + ".json").then(function (list) {
          return list[r.id % meta.docsPerShard];
        });
      }));
      batch.forEach(function (r, n) {
        var doc = docs[n], hay = fold(doc.title + " " + doc.text);
        var ok = doc.truncated || cjkRuns.every(function (run) {
          return hay.indexOf(fold(run)) >= 0 || bigrams(run).every(function (b) { return (weights[b][r.id] & 4) === 4; });
        });
        if (!ok) { total--; return; }
        var title = squeeze(fold(doc.title));
        items.push({ doc: doc, score: r.score + (title === fq ? 256 : fq && title.indexOf(fq) >= 0 ? 64 : 0) });
      });
    }
    items.sort(function (a, b) { return b.score - a.score || a.doc.id - b.doc.id; });
    return { total: total, items: items.slice(0, limit), runs: q.runs };
  }
  function bigrams(run) {
    var c = Array.from(run), out = [];
    for (var i = 0; i + 1 < c.length; i++) out.push(c[i] + c[i + 1]);
    return out;
  }

  function escape(s) { return s.replace(/[&<>"]/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; }); }
  // Folding one character at a time calls normalize() twice per character; snippets repeat few distinct
  // characters, so remembering each one's folding halves the time from the last download to the results.
  var folds = Object.create(null);
  function foldChar(ch) {
    var f = folds[ch];
    return f === undefined ? (folds[ch] = fold(ch)) : f;
  }
  // Marks the query's words in text: folded per character so offsets map back to the original.
  function mark(text, runs, width) {
    var folded = "", map = [], chars = Array.from(text), pos = 0, ranges = [];
    chars.forEach(function (ch) {
      var f = foldChar(ch);
      for (var k = 0; k < f.length; k++) map.push(pos);
      pos += ch.length;
      folded += f;
    });
    map.push(text.length);
    runs.map(fold).forEach(function (needle) {
      if (!needle) return;
      for (var i = folded.indexOf(needle); i >= 0; i = folded.indexOf(needle, i + 1)) {
        // Latin words match at a word start, and a single letter only as a whole word.
        var after = folded.charCodeAt(i + needle.length);
        if (!isCjk(cp(needle)) && ((i > 0 && isWord(folded.charCodeAt(i - 1))) || (needle.length === 1 && isWord(after)))) continue;
        ranges.push([map[i], map[i + needle.length]]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var from = 0, to = text.length;
    if (width) {
      from = ranges.length ? Math.max(0, ranges[0][0] - 40) : 0;
      to = Math.min(text.length, from + width);
    }
    var html = from > 0 ? "…" : "", at = from;
    ranges.forEach(function (r) {
      if (r[0] < at || r[1] > to) return;
      html += escape(text.slice(at, r[0])) + "<mark>" + escape(text.slice(r[0], r[1])) + "</mark>";
      at = r[1];
    });
    return html + escape(text.slice(at, to)) + (to < text.length ? "…" : "");
  }
  function render(list, result, idPrefix) {
    var role = list.getAttribute("role") === "listbox" ? ' role="option"' : "";
    list.innerHTML = result.items.map(function (item, n) {
      var d = item.doc, meta = [d.category, d.date].filter(Boolean).map(escape).join(" · ");
      return "<li" + role + ' id="' + idPrefix + n + '"><a href="' + escape(d.url) + '"><span class="search-result__title">' +
        mark(d.title, result.runs, 0) + '</span><span class="search-result__meta">' + meta + '</span><span class="search-result__snippet">' +
        mark(d.text, result.runs, 160) + "</span></a></li>";
    }).join("");
  }
  function message(key, n, q) { return (form.getAttribute("data-" + key) || "").replace("{n}", n).replace("{q}", q); }

  // Runs the latest query only: answers to older keystrokes that arrive late are dropped.
  function wire(input, list, status, limit, onQuery) {
    var latest = 0, active = -1, timer;
    function setActive(n) {
      var items = list.children;
      if (active >= 0 && items[active]) items[active].removeAttribute("aria-selected");
      active = items.length ? (n + items.length) % items.length : -1;
      if (active >= 0) { items[active].setAttribute("aria-selected", "true"); input.setAttribute("aria-activedescendant", items[active].id); }
      else input.removeAttribute("aria-activedescendant");
    }
    function run() {
      var query = input.value, ticket = ++latest;
      if (onQuery) onQuery(query);
      if (!squeeze(query)) { list.innerHTML = ""; status(""); return; }
      status(message("loading"));
      search(query, limit).then(function (result) {
        if (ticket !== latest) return;
        render(list, result, list.id + "-");
        active = -1;
        status(result.items.length ? message("results", result.total, query) : message("no-results", 0, query));
      }, function () { if (ticket === latest) status(message("failed")); });
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 120); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") { e.preventDefault(); setActive(active + (e.key === "ArrowDown" ? 1 : -1)); }
      else if (e.key === "Enter" && active >= 0 && list.children[active]) { e.preventDefault(); location.href = list.children[active].querySelector("a").href; }
    });
    return run;
  }

  var headerInput = form.querySelector("input"), panel = form.querySelector(".site-search__panel");
  var headerStatus = panel.querySelector("p");
  function showHeader(text) {
    if (text !== undefined) headerStatus.textContent = text;
    setOpen(!!squeeze(headerInput.value) && document.activeElement === headerInput);
  }
  function setOpen(open) {
    panel.hidden = !open;
    headerInput.setAttribute("aria-expanded", open ? "true" : "false");
  }
  wire(headerInput, panel.querySelector("ol"), showHeader, 8);
  headerInput.addEventListener("focus", function () { showHeader(); });
  headerInput.addEventListener("keydown", function (e) { if (e.key === "Escape") { setOpen(false); headerInput.blur(); } });
  document.addEventListener("click", function (e) { if (!form.contains(e.target)) setOpen(false); });
  document.addEventListener("keydown", function (e) {
    var target = e.target, typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if (((e.ctrlKey || e.metaKey) && (e.key || "").toLowerCase() === "k") || (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey)) {
      e.preventDefault();
      headerInput.focus();
      headerInput.select();
    }
  });

  var page = document.querySelector("[data-search-page]");
  if (page) {
    var pageInput = page.querySelector("input"), pageStatus = page.querySelector(".search-page__status");
    var runPage = wire(pageInput, page.querySelector("ol"), function (text) { pageStatus.textContent = text; }, 20, function (query) {
      var url = new URL(location.href);
      if (squeeze(query)) url.searchParams.set("q", query); else url.searchParams.delete("q");
      history.replaceState(null, "", url.href);
    });
    page.querySelector("form").addEventListener("submit", function (e) { e.preventDefault(); runPage(); });
    pageInput.value = new URL(location.href).searchParams.get("q") || "";
    if (pageInput.value) runPage();
  }
})();
