// Answers queries with search.js's own code against a built site's search/ folder and prints, per query,
// the result count, the bytes and files a reader's browser would fetch (cold cache), and the top titles.
// Usage: node tests/search-js/measure-queries.js OUTPUT_DIR [--limit N] QUERY...
// Example: node tests/search-js/measure-queries.js sites/sample/public 背包 transf "O(n)"
"use strict";
const fs = require("fs");
const path = require("path");
const args = process.argv.slice(2);
const out = args.shift();
let limit = 10;
if (args[0] === "--limit") { args.shift(); limit = +args.shift(); }
const source = fs.readFileSync(path.join(__dirname, "..", "..", "themes/default/assets/js/search.js"), "utf8");
// Everything from the tokenizer to the scorer, with the page's base URL replaced by a fixed one.
const pure = source.slice(source.indexOf("var JOINERS"), source.indexOf("function render("))
  .replace(/var form = [\s\S]*?var cache = \{\};/, "var base = 'http://site.invalid/search/'; var cache = {};");
let bytes = 0;
const files = new Set();
global.fetch = async (url) => {
  const file = path.join(out, "search", url.replace("http://site.invalid/search/", ""));
  if (!fs.existsSync(file)) return { ok: false, status: 404 };
  const data = fs.readFileSync(file);
  bytes += data.length;
  files.add(path.basename(file));
  return { ok: true, status: 200, json: async () => JSON.parse(data.toString("utf8")) };
};
(async () => {
  for (const query of args) {
    bytes = 0;
    files.clear();
    const { search } = new Function(pure + "; return { search };")();
    const result = await search(query, limit);
    console.log(`${query}: ${result.total} results, ${bytes} bytes in ${files.size} files`);
    for (const item of result.items.slice(0, 3)) console.log(`  ${item.score}  ${item.doc.title}`);
  }
})();
