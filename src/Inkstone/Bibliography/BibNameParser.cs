namespace Inkstone.Bibliography;

/// <summary>
/// Splits an <c>author</c> or <c>editor</c> field into <see cref="BibName"/>s as BibTeX does: names are separated by
/// <c>and</c> outside braces; each is "First von Last", "von Last, First" or "von Last, Jr, First", where the "von" part is
/// the words that start with a lower-case letter; <c>and others</c> means more authors than are listed.
/// </summary>
internal static class BibNameParser
{
    /// <summary>The names of a raw (still LaTeX) field value, and whether it ended with "and others".</summary>
    public static (IReadOnlyList<BibName> Names, bool Others) Parse(string raw)
    {
        var names = new List<BibName>();
        var others = false;
        foreach (var part in SplitTopLevel(raw, isAnd: true))
        {
            var text = part.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (text.Equals("others", StringComparison.OrdinalIgnoreCase))
            {
                others = true;
                continue;
            }

            names.Add(ParseOne(text));
        }

        return (names, others);
    }

    private static BibName ParseOne(string text)
    {
        if (text.Length > 1 && text[0] == '{' && MatchingBrace(text, 0) == text.Length - 1)
        {
            return new BibName("", "", LatexText.Plain(text), "");
        }

        var commaParts = SplitTopLevel(text, isAnd: false).Select(p => p.Trim()).ToList();
        if (commaParts.Count == 1)
        {
            var words = Words(commaParts[0]);
            // The last word is always the family name; a von part starts at the first lower-case word before it.
            var vonStart = words.FindIndex(0, System.Math.Max(0, words.Count - 1), IsLowerCase);
            if (vonStart < 0)
            {
                return new BibName(Plain(words.Take(words.Count - 1)), "", Plain(words.Skip(words.Count - 1)), "");
            }

            var vonEnd = words.FindLastIndex(words.Count - 2, words.Count - 1 - vonStart, IsLowerCase);
            return new BibName(Plain(words.Take(vonStart)), Plain(words.Skip(vonStart).Take(vonEnd - vonStart + 1)), Plain(words.Skip(vonEnd + 1)), "");
        }

        var (von, family) = VonLast(Words(commaParts[0]));
        var suffix = commaParts.Count > 2 ? LatexText.Plain(commaParts[1]) : "";
        var given = LatexText.Plain(commaParts[^1]);
        return new BibName(given, von, family, suffix);
    }

    private static (string Von, string Family) VonLast(List<string> words)
    {
        if (words.Count == 0)
        {
            return ("", "");
        }

        var lastLower = words.FindLastIndex(System.Math.Max(0, words.Count - 2), System.Math.Max(0, words.Count - 1), IsLowerCase);
        return lastLower < 0 || !IsLowerCase(words[0])
            ? ("", Plain(words))
            : (Plain(words.Take(lastLower + 1)), Plain(words.Skip(lastLower + 1)));
    }

    private static string Plain(IEnumerable<string> words) => LatexText.Plain(string.Join(" ", words));

    /// <summary>Whether a word starts with a lower-case letter outside braces (BibTeX's test for the von part).</summary>
    private static bool IsLowerCase(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '{')
            {
                // {\'e}tienne: a special character's letter decides; {Van} is protected, never von.
                if (i + 1 < word.Length && word[i + 1] == '\\')
                {
                    var letter = LatexText.Plain(word[i..(MatchingBrace(word, i) + 1)]);
                    return letter.Length > 0 && char.IsLower(letter[0]);
                }

                return false;
            }

            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (depth == 0 && (char.IsWhiteSpace(c) || c == '~'))
            {
                if (i > start)
                {
                    words.Add(text[start..i]);
                }

                start = i + 1;
            }
        }

        return words;
    }

    /// <summary>Splits at " and " (any case) or at commas, outside braces.</summary>
    private static List<string> SplitTopLevel(string text, bool isAnd)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (depth == 0 && !isAnd && c == ',')
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
            else if (depth == 0 && isAnd && char.IsWhiteSpace(c) && i + 4 < text.Length
                && text.AsSpan(i + 1, 3).Equals("and", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(text[i + 4]))
            {
                parts.Add(text[start..i]);
                start = i + 5;
                i += 4;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        return text.Length - 1;
    }
}
