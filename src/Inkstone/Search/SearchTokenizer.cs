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

    /// <summary>The terms of <paramref name="text"/> in reading order, repeats included.</summary>
    public static List<string> Tokenize(string text)
    {
        var terms = new List<string>();
        var runes = text.Normalize(NormalizationForm.FormKC).EnumerateRunes().ToArray();
        var i = 0;
        while (i < runes.Length)
        {
            var start = i;
            if (IsCjk(runes[i].Value))
            {
                while (i < runes.Length && IsCjk(runes[i].Value))
                {
                    i++;
                }

                AddBigrams(terms, runes, start, i);
            }
            else if (IsWordChar(runes[i].Value) || IsJoiner(runes[i].Value))
            {
                while (i < runes.Length && (IsWordChar(runes[i].Value) || IsJoiner(runes[i].Value)))
                {
                    i++;
                }

                AddCompound(terms, Concat(runes, start, i));
            }
            else
            {
                i++;
            }
        }

        return terms;
    }

    /// <summary>Folds Latin text for comparison: NFKC, then NFKD without combining marks, lower case.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (!IsCombiningMark(rune.Value))
            {
                folded.Append(rune.ToString());
            }
        }

        return folded.ToString().ToLowerInvariant();
    }

    /// <summary>Han (with extensions and compatibility ideographs), kana, Hangul and the iteration mark 々.</summary>
    public static bool IsCjk(int c) =>
        c is (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F)
            or (>= 0x20000 and <= 0x3FFFF) or 0x3005;

    /// <summary>True for a term that came from a CJK run, whose shard is chosen by the whole term.</summary>
    public static bool IsCjkTerm(string term) => term.Length > 0 && IsCjk(Rune.GetRuneAt(term, 0).Value);

    private static bool IsWordChar(int c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
        || (c >= 0xC0 && c != 0xD7 && c != 0xF7 && !IsCjk(c)
            && c is not ((>= 0x2000 and <= 0x2BFF) or (>= 0x3000 and <= 0x303F) or (>= 0xFE30 and <= 0xFE4F)
                or (>= 0xFF00 and <= 0xFFEF) or (>= 0x1F000 and <= 0x1FFFF) or (>= 0xD800 and <= 0xDFFF)));

    private static bool IsJoiner(int c) => c < 0x80 && Joiners.Contains((char)c, StringComparison.Ordinal);

    private static bool IsCombiningMark(int c) =>
        c is (>= 0x0300 and <= 0x036F) or (>= 0x1AB0 and <= 0x1AFF) or (>= 0x1DC0 and <= 0x1DFF) or (>= 0x20D0 and <= 0x20FF) or (>= 0xFE20 and <= 0xFE2F);

    private static void AddBigrams(List<string> terms, Rune[] runes, int start, int end)
    {
        if (end - start == 1)
        {
            terms.Add(runes[start].ToString());
            return;
        }

        for (var k = start; k + 1 < end; k++)
        {
            terms.Add(runes[k].ToString() + runes[k + 1].ToString());
        }
    }

    private static void AddCompound(List<string> terms, string run)
    {
        var folded = Fold(run);
        var word = new StringBuilder();
        foreach (var rune in folded.EnumerateRunes())
        {
            if (IsJoiner(rune.Value))
            {
                Flush(terms, word);
            }
            else
            {
                word.Append(rune.ToString());
            }
        }

        Flush(terms, word);
        var whole = TrimJoiners(folded);
        if (whole.AsSpan().IndexOfAny(Joiners) >= 0)
        {
            terms.Add(whole);
        }
    }

    /// <summary>
    /// Drops joiners that belong to the sentence rather than to the identifier: any at the start,
    /// <c>- _ . (</c> at the end, and closing parentheses left without an opening one, so that
    /// "(heapq)." gives heapq while O(n) and C++ stay whole.
    /// </summary>
    private static string TrimJoiners(string s)
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
            var span = s.AsSpan(start, end - start);
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

    private static void Flush(List<string> terms, StringBuilder word)
    {
        if (word.Length > 0)
        {
            terms.Add(word.ToString());
            word.Clear();
        }
    }

    private static string Concat(Rune[] runes, int start, int end)
    {
        var text = new StringBuilder();
        for (var k = start; k < end; k++)
        {
            text.Append(runes[k].ToString());
        }

        return text.ToString();
    }
}
