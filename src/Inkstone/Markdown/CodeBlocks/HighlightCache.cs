using System.Collections.Concurrent;
using Inkstone.Highlighting;

namespace Inkstone.Markdown.CodeBlocks;

/// <summary>
/// Highlighted lines by language and code, so the same block is highlighted once however often it is
/// built (the preview server keeps one cache across rebuilds). Thread-safe.
/// </summary>
internal sealed class HighlightCache(SyntaxHighlighter highlighter)
{
    private readonly ConcurrentDictionary<(string Language, string Code), IReadOnlyList<string>> _lines = new();

    public SyntaxHighlighter Highlighter { get; } = highlighter;

    public int Count => _lines.Count;

    /// <summary>The cached blocks, for measurements.</summary>
    public IEnumerable<KeyValuePair<(string Language, string Code), IReadOnlyList<string>>> Entries => _lines;

    public IReadOnlyList<string> Lines(HighlightLanguage language, string code) =>
        _lines.GetOrAdd((language.Name, code), key => Highlighter.HighlightLines(language, key.Code));
}
