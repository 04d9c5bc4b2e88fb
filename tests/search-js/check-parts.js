// Runs search() of themes/default/assets/js/search.js over two copies of one site's search/ folder, one whose
// large term shards were cut into parts and one whole, and checks each query gives the same results in the same
// order from both; it also counts the part files the first read, so a run that never met a part fails.
// Usage: node tests/search-js/check-parts.js CUT_DIR WHOLE_DIR QUERY...   (no packages needed; exits 1 on any difference)
"use strict";
const fs = require("fs");
const path = require("path");
const root = path.join(__dirname, "..", "..");
const source = fs.readFileSync(path.join(root, "themes/default/assets/js/search.js"), "utf8");
// The functions up to escape(), the DOM set-up among them dropped; load() is given again below, reading files.
const pure = source.slice(source.indexOf("var JOINERS"), source.indexOf("function escape(")).replace(/var form = [\s\S]*?var cache = \{\};/, "").replace("function load(", "function fetchedLoad(");
const [cutDir, wholeDir, ...queries] = process.argv.slice(2);

function searcher(dir, read) {
  const load = (name) => {
    read.push(name);
    const file = path.join(dir, name);
    return Promise.resolve(fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {});
  };
  return new Function("load", pure + "; return search;")(load);
}

(async () => {
  const cutRead = [], wholeRead = [];
  const cut = searcher(cutDir, cutRead), whole = searcher(wholeDir, wholeRead);
  let failures = 0;
  for (const query of queries) {
    const a = (await cut(query, 100)).items.map((i) => i.doc.id), b = (await whole(query, 100)).items.map((i) => i.doc.id);
    if (JSON.stringify(a) !== JSON.stringify(b)) { failures++; console.log(`${JSON.stringify(query)}: cut ${JSON.stringify(a)}, whole ${JSON.stringify(b)}`); }
  }
  const parts = new Set(cutRead.filter((n) => /^terms-\d+-\d+\.json$/.test(n))).size;
  if (parts === 0) { failures++; console.log("no part file was read"); }
  console.log(failures ? `${failures} differences` : `${queries.length} queries agree; ${parts} part files read`);
  process.exit(failures ? 1 : 0);
})();
