// Renders tests/Inkstone.Math.Tests/Differential/inputs.txt with Temml and writes temml-golden.json beside it.
// Run from bench/math after `npm ci`:  node temml-golden.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import temml from "temml";

const here = dirname(fileURLToPath(import.meta.url));
const folder = join(here, "..", "..", "tests", "Inkstone.Math.Tests", "Differential");
const version = JSON.parse(readFileSync(join(here, "node_modules", "temml", "package.json"), "utf8")).version;

const entries = [];
for (const raw of readFileSync(join(folder, "inputs.txt"), "utf8").split("\n")) {
  if (raw.trim() === "" || raw.startsWith("#")) continue;
  const display = raw.startsWith("$$ ");
  const tex = display ? raw.slice(3) : raw;
  try {
    // Each formula gets fresh macros, as Inkstone does when no table is shared.
    const mathml = temml.renderToString(tex, { displayMode: display, throwOnError: true, trust: false, macros: {} });
    entries.push({ tex, display, mathml });
  } catch (error) {
    entries.push({ tex, display, error: String(error.message ?? error) });
  }
}
writeFileSync(join(folder, "temml-golden.json"), JSON.stringify({ temml: version, entries }, null, 1) + "\n");
console.log(`wrote ${entries.length} entries rendered by Temml ${version}`);
