// Prints shiki's tokens for the differential test (tests/Inkstone.Highlighting.Tests/Differential): reads
// [{ "lang": "haskell", "code": "..." }, ...] as JSON on standard input and writes, for each block in order,
// { "lang", "tokens": [[line, start, length, "scope scope ..."], ...] } with every scope of every token, root first,
// as vscode-textmate reports them (includeExplanation), so the test reads them through Inkstone's own scope table.
import { createHighlighter } from 'shiki';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const blocks = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const highlighter = await createHighlighter({ themes: ['github-light'], langs: [...new Set(blocks.map(b => b.lang))] });

const out = blocks.map(({ lang, code }) => {
  // No time limit (0): on a busy machine shiki's default of 500 ms a line cuts a line short, and the comparison must not depend on load.
  const lines = highlighter.codeToTokensBase(code, { lang, theme: 'github-light', includeExplanation: 'scopeName', tokenizeTimeLimit: 0 });
  const tokens = [];
  lines.forEach((line, index) => {
    let start = 0;
    for (const token of line) {
      for (const part of token.explanation ?? []) {
        tokens.push([index, start, part.content.length, part.scopes.map(s => s.scopeName).join(' ')]);
        start += part.content.length;
      }
    }
  });
  return { lang, tokens };
});
process.stdout.write(JSON.stringify(out));
