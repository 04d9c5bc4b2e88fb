// Times Temml and KaTeX on bench/math/mix.txt (the same formulas as the Inkstone.Math benchmark) and prints µs per formula.
// Usage: node compare.mjs [seconds-per-engine]
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import temml from "temml";
import katex from "katex";

const here = dirname(fileURLToPath(import.meta.url));
const formulas = readFileSync(join(here, "mix.txt"), "utf8").split("\n").filter((line) => line.trim() !== "")
  .map((line) => (line.startsWith("$$ ") ? { tex: line.slice(3), display: true } : { tex: line, display: false }));
const seconds = Number(process.argv[2] ?? 3);

function time(name, render) {
  // Warm up so the JIT has compiled the hot paths, then count whole passes over the mix.
  for (let i = 0; i < 20; i++) for (const f of formulas) render(f);
  let passes = 0;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < BigInt(seconds * 1e9)) {
    for (const f of formulas) render(f);
    passes++;
    elapsed = process.hrtime.bigint() - start;
  }
  const cpu = process.cpuUsage(cpuStart);
  const count = passes * formulas.length;
  const micros = Number(elapsed) / 1e3 / count;
  // CPU time is reported too: on a shared machine wall time includes waiting for a core.
  const cpuMicros = (cpu.user + cpu.system) / count;
  console.log(`${name.padEnd(8)} ${micros.toFixed(2).padStart(8)} µs/formula wall ${cpuMicros.toFixed(2).padStart(8)} µs/formula cpu  (${passes} passes over ${formulas.length} formulas)`);
  return micros;
}

console.log(`node ${process.version}, temml ${temml.version}, katex ${katex.version}`);
time("temml", (f) => temml.renderToString(f.tex, { displayMode: f.display, throwOnError: false }));
time("katex", (f) => katex.renderToString(f.tex, { displayMode: f.display, throwOnError: false, output: "mathml" }));
