using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.Callouts;

/// <summary>
/// Turns every callout syntax in a parsed post into a <see cref="CalloutBlock"/>, so that one renderer,
/// one stylesheet and the excerpt all see the same thing.
/// </summary>
internal static partial class CalloutTransformer
{
    public static void Apply(MarkdownDocument document)
    {
        // Innermost first, so a callout inside a callout is converted before its parent moves it.
        foreach (var container in document.Descendants<ContainerBlock>().Reverse().ToList())
        {
            switch (container)
            {
                case QuoteBlock quote when FromAlert(quote) is { } alert:
                    Replace(quote, alert);
                    break;
                case QuoteBlock quote when FromEmoji(quote.FirstOrDefault() as ParagraphBlock) is { } emoji:
                    Replace(quote, emoji);
                    break;
                case CustomContainer custom when CalloutKinds.TryParse(custom.Info ?? "", out var kind):
                    Replace(custom, new CalloutBlock { Kind = kind, Title = NullIfEmpty(custom.Arguments) });
                    break;
            }
        }

        foreach (var paragraph in document.Descendants<ParagraphBlock>().Where(p => p.Parent is MarkdownDocument).ToList())
        {
            if (FromEmoji(paragraph) is { } callout)
            {
                var parent = paragraph.Parent!;
                var index = parent.IndexOf(paragraph);
                parent.RemoveAt(index);
                CopyPosition(paragraph, callout);
                callout.Add(paragraph);
                parent.Insert(index, callout);
            }
        }
    }

    private static void Replace(ContainerBlock original, CalloutBlock callout)
    {
        var parent = original.Parent!;
        var index = parent.IndexOf(original);
        CopyPosition(original, callout);
        while (original.Count > 0)
        {
            var child = original[0];
            original.RemoveAt(0);
            callout.Add(child);
        }

        parent.RemoveAt(index);
        parent.Insert(index, callout);
    }

    private static void CopyPosition(Block from, Block to)
    {
        to.Line = from.Line;
        to.Column = from.Column;
        to.Span = from.Span;
    }

    /// <summary><c>&gt; [!TIP]- 标题</c>: the marker line becomes the kind, fold and title.</summary>
    private static CalloutBlock? FromAlert(QuoteBlock quote)
    {
        if (quote.FirstOrDefault() is not ParagraphBlock { Inline: { } inlines } paragraph)
        {
            return null;
        }

        var firstLine = new List<Inline>();
        var text = new StringBuilder();
        Inline? lineBreak = null;
        foreach (var inline in inlines)
        {
            if (inline is LineBreakInline)
            {
                lineBreak = inline;
                break;
            }

            firstLine.Add(inline);
            text.Append(InlineText.OfInline(inline));
        }

        var match = AlertMarker().Match(text.ToString().Trim());
        if (!match.Success || !CalloutKinds.TryParse(match.Groups[1].Value, out var kind))
        {
            return null;
        }

        foreach (var inline in firstLine)
        {
            inline.Remove();
        }

        lineBreak?.Remove();
        if (inlines.FirstChild is null)
        {
            quote.Remove(paragraph);
        }

        return new CalloutBlock
        {
            Kind = kind,
            Title = NullIfEmpty(match.Groups[3].Value),
            Fold = match.Groups[2].Value switch { "-" => CalloutFold.Collapsed, "+" => CalloutFold.Expanded, _ => CalloutFold.None },
        };
    }

    /// <summary>A paragraph that starts with one of the callout emoji: the emoji becomes the icon.</summary>
    private static CalloutBlock? FromEmoji(ParagraphBlock? paragraph)
    {
        if (paragraph?.Inline?.FirstChild is not LiteralInline literal)
        {
            return null;
        }

        var content = literal.Content.ToString();
        foreach (var (emoji, kind) in CalloutKinds.Emoji)
        {
            if (content.StartsWith(emoji, StringComparison.Ordinal))
            {
                var rest = content[emoji.Length..].TrimStart(' ', '\u3000', '\uFE0F');
                literal.Content = new Markdig.Helpers.StringSlice(rest);
                return new CalloutBlock { Kind = kind, Icon = emoji };
            }
        }

        return null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\[!(\w+)\]([+-]?)\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex AlertMarker();
}
