using System.Runtime.CompilerServices;
using System.Text;

namespace Inkstone.Search;

/// <summary>
/// Splits text into search terms. The browser's <c>search.js</c> repeats these rules step for step,
/// so a query finds exactly what the index holds; change one and the other must follow.
/// <list type="bullet">
/// <item>The text is first put in NFKC form, which turns fullwidth letters and digits into ASCII.</item>
/// <item>A run of Chinese, Japanese or Korean characters gives its character bigrams (背包问题: 背包 包问 问题);
/// a run of one character gives that character.</item>
/// <item>A run of letters, digits and joiners (<c>- _ . + # ( )</c>) is folded (NFKD, combining marks removed,
/// lower case) and gives each of its words, and the whole run as well when it holds a joiner:
/// <c>top-k</c> gives top, k and top-k; <c>O(n)</c> gives o, n and o(n).</item>
/// </list>
/// Character classes are explicit code point ranges rather than Unicode categories because JavaScript
/// without property escapes (ES2017) cannot ask for categories, and both sides must agree.
/// </summary>
internal static class SearchTokenizer
{
    private const string Joiners = "-_.+#()";
    private const byte AsciiWord = 1;
    private const byte AsciiJoiner = 2;

    /// <summary>The terms of <paramref name="text"/> in reading order, repeats included.</summary>
    public static List<string> Tokenize(string text)
    {
        var list = new SearchTermList();
        Tokenize(text, list);
        return list.Terms;
    }

    /// <summary>Gives the terms of <paramref name="text"/> to <paramref name="terms"/> in reading order, repeats included.</summary>
    public static void Tokenize(string text, ISearchTermSink terms) => Tokenize(text, new AnySink(terms));

    /// <summary>
    /// The same for a sink known at compile time: the indexer's sink is a struct, so this method is
    /// compiled for it with direct calls, fast from a build's first post rather than only after the
    /// runtime has profiled the interface calls.
    /// </summary>
    public static void Tokenize<TSink>(string text, TSink terms)
        where TSink : struct, ISearchTermSink
    {
        var s = NormalizeKc(text);
        var i = 0;
        while (i < s.Length)
        {
            var c = CodePointAt(s, i, out var width);
            if (IsCjk(c))
            {
                // Each character after the first closes a bigram with the one before it.
                var previous = i;
                i += width;
                var single = true;
                while (i < s.Length && IsCjk(CodePointAt(s, i, out var next)))
                {
                    terms.Add(s.AsSpan(previous, i + next - previous));
                    previous = i;
                    i += next;
                    single = false;
                }

                if (single)
                {
                    terms.Add(s.AsSpan(previous, i - previous));
                }
            }
            else if (IsWordChar(c) || IsJoiner(c))
            {
                var start = i;
                i += width;
                while (i < s.Length && (IsWordChar(c = CodePointAt(s, i, out width)) || IsJoiner(c)))
                {
                    i += width;
                }

                AddCompound(terms, s.AsSpan(start, i - start));
            }
            else
            {
                i += width;
            }
        }
    }

    /// <summary>Folds Latin text for comparison: NFKC, then NFKD without combining marks, lower case.</summary>
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var decomposed = NormalizeKc(text).Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        for (var i = 0; i < decomposed.Length;)
        {
            var c = CodePointAt(decomposed, i, out var width);
            if (!IsCombiningMark(c))
            {
                folded.Append(decomposed, i, width);
            }

            i += width;
        }

        return folded.ToString().ToLowerInvariant();
    }

    /// <summary>
    /// NFKC. Asking ICU costs about as much as the rest of the tokenizer, so text made only of characters
    /// NFKC leaves alone (ASCII, Latin-1 letters, common quotes and dashes, CJK ideographs, kana, Hangul
    /// syllables, CJK punctuation) skips it, with fullwidth ASCII and the ideographic space mapped directly
    /// as NFKC maps them. None of these characters combines with a neighbour, so the shortcut is exact;
    /// anything else goes to <see cref="string.Normalize(NormalizationForm)"/>.
    /// </summary>
    private static string NormalizeKc(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var mapped = false;
        foreach (var c in text)
        {
            if (IsKcStable(c))
            {
                continue;
            }

            if (c is (>= '\uFF01' and <= '\uFF5E') or '\u3000')
            {
                // Fullwidth punctuation such as ， separates words just as its ASCII form does, so only
                // letters, digits and joiners (（ of O（n）) need the copy that maps them.
                mapped |= c != '\u3000' && AsciiClasses[c - 0xFEE0] != 0;
                continue;
            }

            return text.Normalize(NormalizationForm.FormKC);
        }

        return !mapped ? text : string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c == '\u3000' ? ' ' : c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            }
        });
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsKcStable(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= ' ' and <= '~') || IsOtherKcStable(c);

    private static bool IsOtherKcStable(char c) =>
        c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or '\u00B7' or (>= '\u00C0' and <= '\u00FF')
            or '\u2010' or '\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D'
            or (>= '\u3001' and <= '\u3029') or (>= '\u3030' and <= '\u3035') or (>= '\u3041' and <= '\u3096')
            or (>= '\u30A1' and <= '\u30FA') or '\u30FC' or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uAC00' and <= '\uD7A3');

    /// <summary>Han (with extensions and compatibility ideographs), kana, Hangul and the iteration mark 々.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCjk(int c) =>
        c >= 0x1100 && (c is >= 0x4E00 and <= 0x9FFF || IsOtherCjk(c));

    private static bool IsOtherCjk(int c) =>
        c is (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F)
            or (>= 0x20000 and <= 0x3FFFF) or 0x3005;

    /// <summary>True for a term that came from a CJK run, whose shard is chosen by the whole term.</summary>
    public static bool IsCjkTerm(string term) => term.Length > 0 && IsCjk(CodePointAt(term, 0, out _));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(int c) => c < 0x80 ? AsciiClasses[c] == AsciiWord : IsOtherWordChar(c);

    private static bool IsOtherWordChar(int c) =>
        c >= 0xC0 && c != 0xD7 && c != 0xF7 && !IsCjk(c)
            && c is not ((>= 0x2000 and <= 0x2BFF) or (>= 0x3000 and <= 0x303F) or (>= 0xFE30 and <= 0xFE4F)
                or (>= 0xFF00 and <= 0xFFEF) or (>= 0x1F000 and <= 0x1FFFF) or (>= 0xD800 and <= 0xDFFF));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsJoiner(int c) => c < 0x80 && AsciiClasses[c] == AsciiJoiner;

    /// <summary>Letters and digits are <see cref="AsciiWord"/>, <c>- _ . + # ( )</c> are <see cref="AsciiJoiner"/>: the common case in one load.</summary>
    private static ReadOnlySpan<byte> AsciiClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 2, 0, 0, 0, 0, 2, 2, 0, 2, 0, 2, 2, 0, // # ( ) + - .
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 2, // _
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    private static bool IsCombiningMark(int c) =>
        c is (>= 0x0300 and <= 0x036F) or (>= 0x1AB0 and <= 0x1AFF) or (>= 0x1DC0 and <= 0x1DFF) or (>= 0x20D0 and <= 0x20FF) or (>= 0xFE20 and <= 0xFE2F);

    private static void AddCompound<TSink>(TSink terms, ReadOnlySpan<char> run)
        where TSink : struct, ISearchTermSink
    {
        // ASCII, by far the common case, folds to lower case in place of the same length.
        Span<char> buffer = run.Length <= 128 ? stackalloc char[run.Length] : new char[run.Length];
        scoped ReadOnlySpan<char> folded;
        if (Ascii.IsValid(run))
        {
            run.ToLowerInvariant(buffer);
            folded = buffer;
        }
        else
        {
            folded = Fold(run.ToString());
        }

        var start = 0;
        var joined = false;
        for (var k = 0; k <= folded.Length; k++)
        {
            // Joiners are ASCII, so they never split a surrogate pair.
            if (k == folded.Length || IsJoiner(folded[k]))
            {
                if (k > start)
                {
                    terms.Add(folded[start..k]);
                }

                joined |= k < folded.Length;
                start = k + 1;
            }
        }

        if (joined)
        {
            var whole = TrimJoiners(folded);
            if (whole.IndexOfAny(Joiners) >= 0)
            {
                terms.Add(whole);
            }
        }
    }

    /// <summary>
    /// Drops joiners that belong to the sentence rather than to the identifier: any at the start,
    /// <c>- _ . (</c> at the end, and closing parentheses left without an opening one, so that
    /// "(heapq)." gives heapq while O(n) and C++ stay whole.
    /// </summary>
    private static ReadOnlySpan<char> TrimJoiners(ReadOnlySpan<char> s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && Joiners.Contains(s[start], StringComparison.Ordinal))
        {
            start++;
        }

        while (end > start)
        {
            var last = s[end - 1];
            var span = s[start..end];
            if (last is '-' or '_' or '.' or '(' || (last == ')' && span.Count(')') > span.Count('(')))
            {
                end--;
            }
            else
            {
                break;
            }
        }

        return s[start..end];
    }

    /// <summary>The code point at <paramref name="i"/>; a lone surrogate is returned as itself, which no class accepts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CodePointAt(string s, int i, out int width)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(s[i], s[i + 1]);
        }

        width = 1;
        return s[i];
    }

    private readonly struct AnySink(ISearchTermSink inner) : ISearchTermSink
    {
        public void Add(ReadOnlySpan<char> term) => inner.Add(term);
    }
}
