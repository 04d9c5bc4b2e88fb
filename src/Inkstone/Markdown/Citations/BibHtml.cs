using System.Net;
using System.Text;
using Inkstone.Bibliography;

namespace Inkstone.Markdown.Citations;

/// <summary>Writes a field's <see cref="BibText"/> as HTML: text escaped, math compiled, and titles in sentence case where a style asks.</summary>
internal sealed class BibHtml(Func<string, string> compileMath)
{
    public string Write(BibText text, bool sentenceCase = false)
    {
        var html = new StringBuilder();
        var startOfSentence = true;
        foreach (var span in text.Spans)
        {
            switch (span.Kind)
            {
                case BibSpanKind.Math:
                    html.Append(compileMath(span.Text));
                    startOfSentence = false;
                    break;
                case BibSpanKind.Protected:
                    html.Append(WebUtility.HtmlEncode(span.Text));
                    startOfSentence = EndsSentence(span.Text, startOfSentence);
                    break;
                case BibSpanKind.Italic:
                    html.Append("<i>").Append(WebUtility.HtmlEncode(span.Text)).Append("</i>");
                    startOfSentence = EndsSentence(span.Text, startOfSentence);
                    break;
                default:
                    var words = sentenceCase ? SentenceCase(span.Text, ref startOfSentence) : span.Text;
                    html.Append(WebUtility.HtmlEncode(words));
                    if (!sentenceCase)
                    {
                        startOfSentence = EndsSentence(span.Text, startOfSentence);
                    }

                    break;
            }
        }

        return html.ToString();
    }

    /// <summary>
    /// APA's sentence case: a capitalised word ("Attention", "Pre-training") is lower-cased unless it starts the title or follows
    /// a colon; words in capitals or mixed case (GPT, ImageNet), and all that is in braces, stay as written.
    /// </summary>
    public static string SentenceCase(string text, ref bool startOfSentence)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                startOfSentence = EndsSentence(text[i].ToString(), startOfSentence);
                result.Append(text[i++]);
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '\''))
            {
                i++;
            }

            var word = text[start..i];
            if (startOfSentence)
            {
                // The first word keeps its capital; the parts after its hyphens do not ("High-dimensional").
                var parts = word.Split('-');
                result.Append(string.Join('-', parts.Select((part, n) => n > 0 && IsCapitalised(part) ? part.ToLowerInvariant() : part)));
            }
            else
            {
                result.Append(IsCapitalised(word) ? word.ToLowerInvariant() : word);
            }

            startOfSentence = false;
        }

        return result.ToString();
    }

    private static bool IsCapitalised(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        // "Pre-training" and "Self-Attention" lower; "GPT-2", "ImageNet" and "BERT" keep their capitals.
        foreach (var part in word.Split('-'))
        {
            if (part.Length > 0 && part.Skip(1).Any(char.IsUpper))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsSentence(string text, bool before)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0)
        {
            return before;
        }

        return trimmed[^1] is ':' or '?' or '!' or '.';
    }
}
