using BenchmarkDotNet.Attributes;
using Inkstone.Highlighting;
using Inkstone.Highlighting.TextMate;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace Inkstone.Benchmarks.Highlighting;

/// <summary>
/// Highlighting throughput. Run with:
/// <c>dotnet run -c Release --project bench/Inkstone.Benchmarks -- --filter '*Highlighter*'</c>.
/// <c>*_TextMate_path</c> run the same code through Inkstone's TextMate path (the grammar shiki uses, scopes mapped to
/// token kinds, HTML written), which serves the languages without a hand-written lexer: the ratio to <c>*_html</c>
/// is what a long-tail language costs per line. <c>Python_TextMateSharp_baseline</c> is TextMateSharp alone with its
/// own grammar package, tokens only.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(HighlighterBenchmarkConfig))]
public class HighlighterBenchmarks
{
    private static readonly string PythonCode = HighlighterCorpus.Repeat("python.py", HighlighterCorpus.PythonRepeats);
    private static readonly string CppCode = HighlighterCorpus.Repeat("cpp.cpp", HighlighterCorpus.CppRepeats);
    private static readonly (string Language, string Code)[] Mix =
        [.. HighlighterCorpus.MixFiles.Select(f => (f[..f.IndexOf('.', StringComparison.Ordinal)], HighlighterCorpus.Repeat(f, HighlighterCorpus.MixRepeats)))];

    private readonly SyntaxHighlighter _highlighter = new();
    private HighlightLanguage _python = null!;
    private HighlightLanguage _cpp = null!;
    private HighlightLanguage[] _mixLanguages = [];
    private string[] _pythonLines = [];
    private TextMateSharp.Grammars.IGrammar _textMatePython = null!;
    private HighlightLanguage _pythonThroughTextMate = null!;
    private HighlightLanguage _cppThroughTextMate = null!;

    public static int LinesOf(string benchmark) => benchmark switch
    {
        nameof(Python_html) or nameof(Python_tokens_only) or nameof(Python_TextMateSharp_baseline) or nameof(Python_TextMate_path) => HighlighterCorpus.CountLines(PythonCode),
        nameof(Cpp_html) or nameof(Cpp_TextMate_path) => HighlighterCorpus.CountLines(CppCode),
        nameof(Mix_html) => Mix.Sum(m => HighlighterCorpus.CountLines(m.Code)),
        _ => 0,
    };

    [GlobalSetup]
    public void Setup()
    {
        _highlighter.TryResolve("python", out _python);
        _highlighter.TryResolve("cpp", out _cpp);
        _mixLanguages = [.. Mix.Select(m => _highlighter.TryResolve(m.Language, out var l) ? l : throw new InvalidOperationException(m.Language))];
        _pythonLines = PythonCode.Split('\n');
        var options = new RegistryOptions(ThemeName.LightPlus);
        _textMatePython = new Registry(options).LoadGrammar(options.GetScopeByLanguageId("python"));

        // The core languages are never served by grammars; these two exist only to time the path on the same input.
        var sessions = new GrammarSessionPool(GrammarCatalog.Embedded);
        _pythonThroughTextMate = new HighlightLanguage("python", new TextMateLexer(sessions, "source.python", TimeSpan.MaxValue, TimeSpan.Zero));
        _cppThroughTextMate = new HighlightLanguage("cpp", new TextMateLexer(sessions, "source.cpp", TimeSpan.MaxValue, TimeSpan.Zero));
    }

    [Benchmark]
    public int Python_TextMate_path() => _highlighter.HighlightToHtml(_pythonThroughTextMate, PythonCode).Length;

    [Benchmark]
    public int Cpp_TextMate_path() => _highlighter.HighlightToHtml(_cppThroughTextMate, CppCode).Length;

    [Benchmark(Baseline = true)]
    public int Python_html() => _highlighter.HighlightToHtml(_python, PythonCode).Length;

    [Benchmark]
    public int Python_tokens_only()
    {
        var counter = new TokenCounter();
        _highlighter.Highlight(_python, PythonCode, counter);
        return counter.Tokens;
    }

    [Benchmark]
    public int Cpp_html() => _highlighter.HighlightToHtml(_cpp, CppCode).Length;

    [Benchmark]
    public int Mix_html()
    {
        var length = 0;
        for (var i = 0; i < Mix.Length; i++)
        {
            length += _highlighter.HighlightToHtml(_mixLanguages[i], Mix[i].Code).Length;
        }

        return length;
    }

    [Benchmark]
    public int Python_TextMateSharp_baseline()
    {
        IStateStack? state = null;
        var tokens = 0;
        foreach (var line in _pythonLines)
        {
            var result = _textMatePython.TokenizeLine(line, state, TimeSpan.MaxValue);
            state = result.RuleStack;
            tokens += result.Tokens.Length;
        }

        return tokens;
    }

    private sealed class TokenCounter : IHighlightSink
    {
        public int Tokens { get; private set; }

        public void BeginLine(int lineIndex)
        {
        }

        public void Token(TokenKind kind, ReadOnlySpan<char> text) => Tokens++;

        public void EndLine()
        {
        }
    }
}
