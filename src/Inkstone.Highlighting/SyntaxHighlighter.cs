using System.Collections.Frozen;
using System.Text;

namespace Inkstone.Highlighting;

/// <summary>
/// Build-time syntax highlighting: resolves a fence's language name and turns code into escaped HTML lines
/// with short CSS classes (scoped under an element with class <c>hl</c>). Create one and share it: it holds
/// only immutable tables, and every call works on its own stack, so it is safe to use from many threads at once.
/// </summary>
public sealed class SyntaxHighlighter
{
    private readonly FrozenDictionary<string, HighlightLanguage> _byName;
    private readonly FrozenDictionary<string, HighlightLanguage>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Builds the language tables; the cost is paid once per instance, so keep the instance.</summary>
    public SyntaxHighlighter()
        : this([])
    {
    }

    /// <summary>
    /// The hand-written languages and <paramref name="moreLanguages"/> (the TextMate grammars of
    /// <c>Inkstone.Highlighting.TextMate</c>) for the names they leave free. A further language that shares a name
    /// with a hand-written one is not listed: its other names become aliases of that one, so <c>shellscript</c>
    /// is <c>bash</c> and the core languages always get the hand-written lexers. Only a further language marked
    /// as replacing a hand-written one (<c>TextMateLanguages.PreferredGrammars</c>) takes over that language's lexer.
    /// </summary>
    public SyntaxHighlighter(IEnumerable<HighlightLanguage> moreLanguages)
    {
        ArgumentNullException.ThrowIfNull(moreLanguages);
        var languages = LanguageCatalog.Create().ToList();
        var names = new Dictionary<string, HighlightLanguage>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in languages)
        {
            Claim(names, language);
        }

        var coreCount = languages.Count;
        foreach (var language in moreLanguages)
        {
            if (language.ReplacesHandWritten)
            {
                if (names.TryGetValue(language.Name, out var handWritten) && languages.IndexOf(handWritten) is var index && index >= 0 && index < coreCount)
                {
                    var replaced = new HighlightLanguage(handWritten.Name, handWritten.Lexer.ReplacedBy(language.Lexer), [.. handWritten.Aliases]);
                    languages[index] = replaced;
                    Claim(names, replaced);
                }

                continue;
            }

            var allNames = language.Aliases.Prepend(language.Name).ToList();
            var core = allNames.Select(n => names.GetValueOrDefault(n)).FirstOrDefault(l => l is not null && languages.IndexOf(l) < coreCount);
            if (core is null)
            {
                var free = language.Aliases.Where(a => !names.ContainsKey(a)).ToArray();
                if (!names.ContainsKey(language.Name))
                {
                    var added = new HighlightLanguage(language.Name, language.Lexer, free);
                    languages.Add(added);
                    Claim(names, added);
                }

                continue;
            }

            var extra = allNames.Where(n => !names.ContainsKey(n)).ToArray();
            if (extra.Length > 0)
            {
                var widened = new HighlightLanguage(core.Name, core.Lexer, [.. core.Aliases, .. extra]);
                languages[languages.IndexOf(core)] = widened;
                Claim(names, widened);
            }
        }

        Languages = languages;
        _byName = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        PlainText = _byName["text"];
    }

    private static void Claim(Dictionary<string, HighlightLanguage> names, HighlightLanguage language)
    {
        names[language.Name] = language;
        foreach (var alias in language.Aliases)
        {
            names[alias] = language;
        }
    }

    /// <summary>The supported languages, each with its aliases: the hand-written ones first.</summary>
    public IReadOnlyList<HighlightLanguage> Languages { get; }

    /// <summary>The language that only escapes; use it for unknown languages.</summary>
    public HighlightLanguage PlainText { get; }

    /// <summary>Finds a language by name or alias, ignoring case and surrounding whitespace; false for an unknown one.</summary>
    public bool TryResolve(string? languageOrAlias, out HighlightLanguage language)
    {
        var key = (languageOrAlias ?? string.Empty).AsSpan().Trim();
        if (_lookup.TryGetValue(key, out var found))
        {
            language = found;
            return true;
        }

        language = PlainText;
        return false;
    }

    /// <summary>Lexes <paramref name="code"/> and hands it to <paramref name="sink"/> line by line. A trailing line break does not start an empty line.</summary>
    /// <remarks>Internal: the sink and token kinds are the lexers' vocabulary, for the tests and benchmarks; the engine needs only HTML lines.</remarks>
    internal void Highlight(HighlightLanguage language, ReadOnlySpan<char> code, IHighlightSink sink)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(sink);
        var writer = new TokenWriter(code, sink);
        language.Lexer.Lex(code, 0, code.Length, ref writer);
        writer.Finish();
    }

    /// <summary>
    /// Highlights into one escaped HTML string per line, for the caller to wrap (line numbers, marked lines).
    /// A span never crosses a line break, so each line is self-contained HTML; a trailing line break does not
    /// add an empty last line, and empty code gives no lines.
    /// </summary>
    public IReadOnlyList<string> HighlightLines(HighlightLanguage language, ReadOnlySpan<char> code)
    {
        var lines = new HtmlLineWriter();
        Highlight(language, code, lines);
        return lines.Lines;
    }

    /// <summary>Highlights into one HTML string, lines separated by <c>\n</c>, to be placed inside an element with class <c>hl</c>.</summary>
    internal string HighlightToHtml(HighlightLanguage language, ReadOnlySpan<char> code)
    {
        var html = new StringBuilder(code.Length * 2);
        Highlight(language, code, new HtmlBlockWriter(html));
        return html.ToString();
    }
}
