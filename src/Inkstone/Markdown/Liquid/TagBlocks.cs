using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// The blocks one post's tags asked for, each written into the Markdown as a <c>:::inkstone-N</c> container and put
/// in place after parsing (<see cref="Bind"/>), so that a Hexo note becomes Inkstone's own callout, NexT's tabs its
/// tabs, with everything inside parsed as the Markdown it is.
/// </summary>
internal sealed class TagBlocks
{
    private const string Prefix = "inkstone-";
    private readonly List<ITagBlock> _blocks = [];

    public bool IsEmpty => _blocks.Count == 0;

    /// <summary>
    /// The Markdown of a container for <paramref name="block"/> around <paramref name="body"/>, in the place of
    /// <paramref name="tag"/>: one line for the tag, one for its end tag, the body's lines between (less the
    /// indentation they share beyond the tag's, as Hexo strips it).
    /// </summary>
    public string Container(TagCall tag, ITagBlock block, string body)
    {
        var indent = tag.BlockIndent;
        var fenced = Fence(block, indent, tag.Indent is null ? TemplateText.Prefixed(body, indent) : TemplateText.Dedent(body, indent.Length));
        return (tag.Indent is null ? "\n" : "") + fenced + (tag.Closing is { EndsLine: false } ? "\n" : "");
    }

    /// <summary>A <c>:::inkstone-N</c> container at <paramref name="indent"/>, with fences longer than any inside it.</summary>
    public string Fence(ITagBlock block, string indent, string body)
    {
        _blocks.Add(block);
        body = body.TrimEnd(' ', '\t');
        var fence = new string(':', System.Math.Max(3, TemplateText.LongestRun(body, ':') + 1));
        var markdown = new StringBuilder(body.Length + 40);
        markdown.Append(indent).Append(fence).Append(Prefix).Append(_blocks.Count - 1);
        if (!body.StartsWith('\n'))
        {
            markdown.Append('\n');
        }

        markdown.Append(body);
        if (!body.EndsWith('\n'))
        {
            markdown.Append('\n');
        }

        return markdown.Append(indent).Append(fence).ToString();
    }

    /// <summary>Puts each block in its container's place, innermost first, so that an outer block receives bound children.</summary>
    public void Bind(MarkdownDocument document)
    {
        if (IsEmpty)
        {
            return;
        }

        var binding = new TagBlockBinding();
        foreach (var container in document.Descendants<CustomContainer>().Reverse().ToList())
        {
            var info = container.Info ?? "";
            if (info.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(info.AsSpan(Prefix.Length), out var index) && index < _blocks.Count)
            {
                _blocks[index].Bind(container, binding);
            }
        }
    }
}
