using Inkstone.Excerpts;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown;

/// <summary>
/// Removes soft line breaks between two Chinese, Japanese or Korean characters. Writers wrap long
/// Chinese paragraphs in their editor; browsers would show each wrap as a stray space, since CJK
/// text has no spaces between words.
/// </summary>
internal static class CjkLineBreakJoiner
{
    public static void Join(MarkdownDocument document)
    {
        var breaks = document.Descendants<LineBreakInline>().Where(b => !b.IsHard).ToList();
        foreach (var lineBreak in breaks)
        {
            if (lineBreak.PreviousSibling is LiteralInline before && lineBreak.NextSibling is LiteralInline after &&
                EndsWithCjk(before.Content.AsSpan()) && StartsWithCjk(after.Content.AsSpan()))
            {
                lineBreak.Remove();
            }
        }
    }

    private static bool EndsWithCjk(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        return text.Length > 0 && IsCjkOrPunctuation(text[^1]);
    }

    private static bool StartsWithCjk(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        return text.Length > 0 && IsCjkOrPunctuation(text[0]);
    }

    // Surrogate halves of rare ideographs are not checked; they wrap like Latin text, which is harmless.
    private static bool IsCjkOrPunctuation(char c) =>
        WordCounter.IsCjk(new System.Text.Rune(char.IsSurrogate(c) ? 'a' : c)) || c is >= '\u3000' and <= '\u303F' || c is >= '\uFF00' and <= '\uFFEF';
}
