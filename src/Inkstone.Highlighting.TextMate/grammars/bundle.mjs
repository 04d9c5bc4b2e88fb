// Turns the pinned tm-grammars package into what Inkstone.Highlighting.TextMate embeds: each grammar (read as
// vscode-textmate reads it: see asVscodeTextmateReadsIt) compressed with Brotli (12 MB of JSON is about a tenth of that) and catalog.tsv, one line per grammar:
//   name  scopeName  aliases (comma-separated)  kind  injectTo (comma-separated)  displayName
// where kind is grammar (a language), injection (injected into the languages of injectTo) or embedded (only included
// by others: tm-grammars lists jinja-html among its injections, but it has no injectionSelector).
// Run by the project's build (BundleGrammars in the .csproj) as `node bundle.mjs OUT_DIR`; with `--notices FILE`
// it writes the third-party notices from the same metadata instead, so the committed list cannot drift by hand.
import { grammars, injections } from 'tm-grammars';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), 'node_modules', 'tm-grammars');
const version = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version;
const all = [...grammars.map(g => ({ ...g, kind: 'grammar' })), ...injections.map(g => ({ ...g, kind: 'injection' }))];

if (process.argv[2] === '--notices') {
  writeFileSync(process.argv[3], notices());
} else {
  bundle(process.argv[2]);
}

function bundle(out) {
  mkdirSync(out, { recursive: true });
  const lines = [];
  for (const g of all) {
    const grammar = JSON.parse(readFileSync(join(packageRoot, 'grammars', `${g.name}.json`), 'utf8'));
    const packed = brotliCompressSync(JSON.stringify(liftNestedRepositories(asVscodeTextmateReadsIt(grammar))), { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
    writeFileSync(join(out, `${g.name}.json.br`), packed);
    const kind = g.kind === 'injection' && !grammar.injectionSelector ? 'embedded' : g.kind;
    lines.push([g.name, g.scopeName, (g.aliases ?? []).join(','), kind, (g.embeddedIn ?? []).join(','), g.displayName ?? g.name].join('\t'));
  }
  writeFileSync(join(out, 'catalog.tsv'), lines.join('\n') + '\n');
}

// shiki runs grammars with vscode-textmate, which forgives three shapes that TextMateSharp throws on; each is
// rewritten into what vscode-textmate makes of it, so both engines read the same grammar:
//   - a capture given as a bare string or an array (racket, stata, xml): a rule without a name, so nothing; dropped;
//   - a begin rule without an end (ahk2, blade, xml): vscode-textmate ends it at '\uFFFF', which never comes;
//   - a repository entry that is an array (racket): a rule without patterns, which matches nothing.
// Two ways TextMateSharp resolves includes differently are rewritten too (liftNestedRepositories): a rule without
// begin or match may have a repository of its own, whose names vscode-textmate adds to the enclosing ones, while
// TextMateSharp's merge keeps only the rule's own, losing `$self` and the outer names (Ruby's parameter lists); and a
// repository entry that is only an include, which vscode-textmate follows and TextMateSharp reads as empty.
// And one regex shape Onigwrap's Oniguruma (UTF-16) gets wrong where vscode-oniguruma's (UTF-8) does not: a class
// nested in a class, as CSS's `[a-z[^\x00-\x7F]]` (which then matches `{`) or Julia's identifier characters; it is
// written as the alternation it means (flattenNestedClasses).
function asVscodeTextmateReadsIt(node) {
  if (Array.isArray(node)) {
    node.forEach(asVscodeTextmateReadsIt);
    return node;
  }

  if (node === null || typeof node !== 'object') {
    return node;
  }

  if ('begin' in node && !('end' in node) && !('while' in node)) {
    node.end = '\uFFFF';
  }

  for (const [key, value] of Object.entries(node)) {
    if (/^(match|begin|end|while)$/.test(key) && typeof value === 'string') {
      node[key] = flattenNestedClasses(value);
    }

    if (/^(captures|beginCaptures|endCaptures|whileCaptures)$/.test(key) && value !== null && typeof value === 'object') {
      for (const [id, capture] of Object.entries(value)) {
        if (capture === null || typeof capture !== 'object' || Array.isArray(capture)) {
          delete value[id];
        }
      }
    }

    if (key === 'repository' && value !== null && typeof value === 'object') {
      for (const [name, rule] of Object.entries(value)) {
        if (Array.isArray(rule)) {
          value[name] = { patterns: [] };
        }
      }
    }

    asVscodeTextmateReadsIt(value);
  }

  return node;
}

// Moves every nested repository of a rule without begin or match into the grammar's, each name made unique, and
// points the includes beneath that rule at the moved names, so the names a rule sees are those vscode-textmate gives it.
function liftNestedRepositories(grammar) {
  const root = (grammar.repository ??= {});
  const taken = new Set(Object.keys(root));
  const unique = name => {
    let candidate = name;
    for (let i = 2; taken.has(candidate); i++) candidate = `${name}~${i}`;
    taken.add(candidate);
    return candidate;
  };
  const visit = (node, names) => {
    if (Array.isArray(node)) {
      node.forEach(child => visit(child, names));
      return;
    }

    if (node === null || typeof node !== 'object') {
      return;
    }

    let inner = names;
    if (node !== grammar && node.repository && typeof node.repository === 'object' && node.begin === undefined && node.match === undefined) {
      inner = new Map(names);
      const entries = Object.entries(node.repository);
      delete node.repository;
      for (const [name] of entries) inner.set(name, unique(name));
      for (const [name, rule] of entries) {
        root[inner.get(name)] = rule;
        visit(rule, inner);
      }
    }

    if (typeof node.include === 'string' && node.include.startsWith('#') && inner.has(node.include.slice(1))) {
      node.include = `#${inner.get(node.include.slice(1))}`;
    }

    for (const [key, value] of Object.entries(node)) {
      if (key !== 'repository' || node === grammar) visit(value, inner);
    }
  };
  visit(grammar, new Map());
  for (const rule of Object.values(root)) {
    if (rule && typeof rule === 'object' && typeof rule.include === 'string' && rule.begin === undefined && rule.match === undefined && rule.patterns === undefined) {
      rule.patterns = [{ include: rule.include }];
    }
  }

  return grammar;
}

// `[M[N]...]` becomes `(?:[M]|[N]|...)` and `[^M[N]...]` becomes `(?:(?![M]|[N]|...)[\s\S])`: the same one
// character, without a nested class. A class with an intersection (`&&`) is left as it is.
export function flattenNestedClasses(pattern) {
  let out = '';
  for (let i = 0; i < pattern.length;) {
    if (pattern[i] === '\\') {
      out += pattern.slice(i, i + 2);
      i += 2;
    } else if (pattern[i] === '[') {
      const cls = readClass(pattern, i);
      out += cls.text;
      i = cls.end;
    } else {
      out += pattern[i++];
    }
  }

  return out;
}

// Reads the class opening at `start`; returns its text, rewritten when it nests a class, and the index after it.
function readClass(pattern, start) {
  let i = start + 1;
  const negated = pattern[i] === '^';
  if (negated) i++;
  let members = '';
  const nested = [];
  let intersects = false;
  for (let first = true; i < pattern.length; first = false) {
    const c = pattern[i];
    if (c === ']' && !first) {
      i++;
      const raw = pattern.slice(start, i);
      if (nested.length === 0 || intersects) {
        return { text: raw, end: i };
      }

      const parts = [...(members ? [`[${members}]`] : []), ...nested];
      const alternation = parts.join('|');
      return { text: negated ? `(?:(?!${alternation})[\\s\\S])` : `(?:${alternation})`, end: i };
    }

    if (c === '\\') {
      members += pattern.slice(i, i + 2);
      i += 2;
    } else if (c === '[' && pattern[i + 1] === ':') {
      const close = pattern.indexOf(':]', i + 2);
      const to = close < 0 ? i + 1 : close + 2;
      members += pattern.slice(i, to);
      i = to;
    } else if (c === '[') {
      const inner = readClass(pattern, i);
      nested.push(inner.text);
      i = inner.end;
    } else {
      intersects ||= c === '&' && pattern[i + 1] === '&';
      members += c;
      i++;
    }
  }

  return { text: pattern.slice(start), end: pattern.length }; // unclosed: Oniguruma's to reject, as it is
}

function notices() {
  const rows = all.map(g => {
    const licence = g.license ?? 'not stated in the package metadata (see the source and tm-grammars\' NOTICE)';
    const licenceText = g.licenseUrl ? `[${licence}](${g.licenseUrl})` : licence;
    return `| \`${g.name}\` | ${(g.displayName ?? g.name).replaceAll('|', '\\|')} | ${licenceText} | <${g.source}> |`;
  });
  return `# Third-party notices: TextMate grammars

Generated by \`src/Inkstone.Highlighting.TextMate/grammars/bundle.mjs --notices\` from the metadata of the npm package
[tm-grammars](https://www.npmjs.com/package/tm-grammars) ${version} (MIT; its own NOTICE file carries each grammar's
licence text), which the build installs from \`grammars/package-lock.json\` and embeds, compressed, in
Inkstone.Highlighting.TextMate. No grammar is copied into this repository. Regenerate after changing the pinned version:

\`\`\`sh
cd src/Inkstone.Highlighting.TextMate/grammars && npm ci && node bundle.mjs --notices ../THIRD-PARTY-NOTICES.md
\`\`\`

The engine that runs them is [TextMateSharp](https://www.nuget.org/packages/TextMateSharp) (MIT), with Oniguruma
through [Onigwrap](https://www.nuget.org/packages/Onigwrap) (MIT; Oniguruma is BSD-2-Clause), both from NuGet.

| grammar | language | licence | source (pinned commit) |
| --- | --- | --- | --- |
${rows.join('\n')}
`;
}
