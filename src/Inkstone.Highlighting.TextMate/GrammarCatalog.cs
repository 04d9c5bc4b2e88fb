using System.Collections.Frozen;
using System.IO.Compression;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Types;

namespace Inkstone.Highlighting.TextMate;

/// <summary>
/// The grammars embedded in this assembly (Brotli-compressed JSON, named <c>grammars/NAME.json.br</c>) and their
/// catalog. Immutable after construction; reading a grammar decompresses and parses it anew each time, because
/// TextMateSharp keeps compiled rules inside the raw grammar and each <see cref="GrammarSession"/> needs its own.
/// </summary>
internal sealed class GrammarCatalog
{
    private readonly FrozenDictionary<string, GrammarEntry> _byScope;
    private readonly FrozenDictionary<string, string[]> _injectionsByScope;

    private GrammarCatalog(IReadOnlyList<GrammarEntry> entries)
    {
        Entries = entries;
        _byScope = entries.ToFrozenDictionary(e => e.ScopeName, StringComparer.Ordinal);
        var scopeByName = entries.Where(e => e.Kind == GrammarKind.Grammar).ToDictionary(e => e.Name, e => e.ScopeName, StringComparer.Ordinal);
        _injectionsByScope = entries
            .Where(e => e.Kind == GrammarKind.Injection)
            .SelectMany(e => e.InjectTo.Where(scopeByName.ContainsKey).Select(target => (Target: scopeByName[target], e.ScopeName)))
            .GroupBy(pair => pair.Target, pair => pair.ScopeName)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The catalog of this assembly's bundle, read once.</summary>
    public static GrammarCatalog Embedded { get; } = Load();

    public IReadOnlyList<GrammarEntry> Entries { get; }

    public IEnumerable<GrammarEntry> Languages => Entries.Where(e => e.Kind == GrammarKind.Grammar);

    /// <summary>The injection grammars to load with the grammar of <paramref name="scopeName"/>, or null.</summary>
    public ICollection<string>? InjectionsInto(string scopeName) => _injectionsByScope.GetValueOrDefault(scopeName);

    /// <summary>Parses the grammar of <paramref name="scopeName"/>, or null when the bundle has none (an include of a grammar shiki leaves out).</summary>
    public IRawGrammar? Read(string scopeName)
    {
        if (!_byScope.TryGetValue(scopeName, out var entry))
        {
            return null;
        }

        using var stream = OpenResource($"grammars/{entry.Name}.json.br");
        using var json = new StreamReader(new BrotliStream(stream, CompressionMode.Decompress));
        return GrammarReader.ReadGrammarSync(json);
    }

    private static GrammarCatalog Load()
    {
        using var reader = new StreamReader(OpenResource("grammars/catalog.tsv"));
        var entries = new List<GrammarEntry>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = line.Split('\t');
            entries.Add(new GrammarEntry(f[0], f[1], List(f[2]), Enum.Parse<GrammarKind>(f[3], ignoreCase: true), List(f[4]), f[5]));
        }

        return new GrammarCatalog(entries);
    }

    private static string[] List(string field) => field.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static Stream OpenResource(string name) =>
        typeof(GrammarCatalog).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The grammar bundle lacks '{name}': build the project with node and npm on the PATH (grammars/bundle.mjs).");
}
