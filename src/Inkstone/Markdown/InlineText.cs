using System.Text;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown;

/// <summary>The visible text of inline Markdown (emphasis, links and code reduced to their text).</summary>
internal static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        if (container is null)
        {
            return "";
        }

        var builder = new StringBuilder();
        Append(container, builder);
        return builder.ToString().Trim();
    }

    /// <summary>The text of one inline, untrimmed (so neighbouring pieces keep their spaces).</summary>
    public static string OfInline(Inline inline)
    {
        var builder = new StringBuilder();
        Append(inline, builder);
        return builder.ToString();
    }

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case MathInline math:
                builder.Append(math.Content.AsSpan());
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }
}
