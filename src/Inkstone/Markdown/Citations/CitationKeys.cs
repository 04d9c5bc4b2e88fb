using Markdig.Helpers;

namespace Inkstone.Markdown.Citations;

/// <summary>
/// Pandoc's citation keys: a key starts with a letter, digit or <c>_</c> and holds letters, digits, <c>_</c> and single
/// punctuation characters inside it (<c>:.#$%&amp;-+?&lt;&gt;~/</c>), so <c>@Foo_bar.baz.</c> is the key <c>Foo_bar.baz</c>
/// and <c>@Foo_bar--baz</c> the key <c>Foo_bar</c>; any other key is written in braces (<c>@{https://example.org/a?b}</c>).
/// Letters are ASCII here, so a key ends where Chinese text resumes (<c>@vaswani2017指出</c>).
/// </summary>
internal static class CitationKeys
{
    private const string Internal = ":.#$%&-+?<>~/";

    /// <summary>Reads a key at <paramref name="at"/> (just after '@'); returns its end, or -1 when there is none.</summary>
    public static int Read(string text, int at, int end, out string key)
    {
        key = "";
        if (at > end)
        {
            return -1;
        }

        if (text[at] == '{')
        {
            var close = text.IndexOf('}', at + 1, end - at);
            if (close < 0 || close == at + 1 || text.AsSpan(at + 1, close - at - 1).ContainsAny(" \t\r\n"))
            {
                return -1;
            }

            key = text[(at + 1)..close];
            return close + 1;
        }

        if (!IsKeyCharacter(text[at]))
        {
            return -1;
        }

        var i = at + 1;
        while (i <= end)
        {
            if (IsKeyCharacter(text[i]))
            {
                i++;
            }
            else if (Internal.Contains(text[i]) && i + 1 <= end && IsKeyCharacter(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        key = text[at..i];
        return i;
    }

    private static bool IsKeyCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>
    /// Whether an '@' after <paramref name="before"/> may start a citation in the text: not inside a word or address
    /// (<c>me@example.org</c>, <c>x.com/@user</c>), as pandoc requires.
    /// </summary>
    public static bool MayFollow(char before) =>
        before == '\0' || before.IsWhitespace() || before is '(' or '[' or '{' or '"' or '\'' or '“' or '‘' or '（' or '「' or '—'
        || (before >= '\u2E80' && !char.IsAsciiLetterOrDigit(before));
}
