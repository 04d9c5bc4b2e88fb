// Renders inputs.txt with MathJax 4 (base, ams and newcommand, the TeX packages MathJax loads by default for
// these commands) and writes mathjax-golden.json beside it. Run here after `npm ci`:  node mathjax-golden.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { mathjax } from "@mathjax/src/js/mathjax.js";
import { TeX } from "@mathjax/src/js/input/tex.js";
import { liteAdaptor } from "@mathjax/src/js/adaptors/liteAdaptor.js";
import { RegisterHTMLHandler } from "@mathjax/src/js/handlers/html.js";
import { SerializedMmlVisitor } from "@mathjax/src/js/core/MmlTree/SerializedMmlVisitor.js";
import { STATE } from "@mathjax/src/js/core/MathItem.js";
import "@mathjax/src/js/input/tex/base/BaseConfiguration.js";
import "@mathjax/src/js/input/tex/ams/AmsConfiguration.js";
import "@mathjax/src/js/input/tex/newcommand/NewcommandConfiguration.js";

const here = dirname(fileURLToPath(import.meta.url));
const version = JSON.parse(readFileSync(join(here, "node_modules", "@mathjax", "src", "package.json"), "utf8")).version;
RegisterHTMLHandler(liteAdaptor());
const visitor = new SerializedMmlVisitor();

const entries = [];
for (const raw of readFileSync(join(here, "inputs.txt"), "utf8").split("\n")) {
  if (raw.trim() === "" || raw.startsWith("#")) continue;
  const display = raw.startsWith("$$ ");
  const tex = display ? raw.slice(3) : raw;
  // A document per formula, so that each starts with MathJax's own macros, as Inkstone does without a shared table.
  const input = new TeX({ packages: ["base", "ams", "newcommand"], formatError: (_jax, error) => { throw error; } });
  const document = mathjax.document("", { InputJax: input });
  try {
    const mathml = visitor.visitTree(document.convert(tex, { display, end: STATE.CONVERT }));
    entries.push({ tex, display, mathml });
  } catch (error) {
    entries.push({ tex, display, error: String(error.message ?? error) });
  }
}
writeFileSync(join(here, "mathjax-golden.json"), JSON.stringify({ mathjax: version, entries }, null, 1) + "\n");
console.log(`wrote ${entries.length} entries rendered by MathJax ${version}`);
