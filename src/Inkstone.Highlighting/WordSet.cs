using System.Collections.Frozen;

namespace Inkstone.Highlighting;

/// <summary>An immutable set of words (keywords, types, builtins) that can be probed with a span, without allocating.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(string spaceSeparatedWords, bool ignoreCase = false)
    {
        var words = spaceSeparatedWords.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var set = words.ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordSet Empty { get; } = new(string.Empty);

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
