// Runs the cases in tests/Inkstone.Tests/Search/tokenizer-cases.json through the tokenizer and hash of
// themes/default/assets/js/search.js, so the browser and the C# indexer are checked against the same list.
// Usage: node tests/search-js/check-tokenizer.js   (no packages needed; exits 1 on any difference)
"use strict";
const fs = require("fs");
const path = require("path");
const root = path.join(__dirname, "..", "..");
const source = fs.readFileSync(path.join(root, "themes/default/assets/js/search.js"), "utf8");
// The pure functions sit between the JOINERS constant and load(); the DOM set-up among them is dropped.
const pure = source.slice(source.indexOf("var JOINERS"), source.indexOf("function load(")).replace(/var form = [\s\S]*?var cache = \{\};/, "");
const { tokenize, fnv1a } = new Function(pure + "; return { tokenize, fnv1a };")();
const cases = JSON.parse(fs.readFileSync(path.join(root, "tests/Inkstone.Tests/Search/tokenizer-cases.json"), "utf8"));
let failures = 0;
for (const c of cases.tokens) {
  const got = JSON.stringify(tokenize(c.input).terms);
  if (got !== JSON.stringify(c.terms)) { failures++; console.log(`tokens of ${JSON.stringify(c.input)}: expected ${JSON.stringify(c.terms)}, got ${got}`); }
}
for (const c of cases.hashes) {
  if (fnv1a(c.input) !== c.fnv1a) { failures++; console.log(`fnv1a(${JSON.stringify(c.input)}): expected ${c.fnv1a}, got ${fnv1a(c.input)}`); }
}
console.log(failures ? `${failures} differences` : `${cases.tokens.length + cases.hashes.length} cases agree`);
process.exit(failures ? 1 : 0);
