using System.Text;

namespace Inkstone.Markdown.Liquid;

/// <summary>A code tag's code as a Markdown fence, so it is highlighted, numbered and titled like any other code block.</summary>
internal static class FencedCode
{
    /// <param name="info">The fence's info string: the language, then attributes (<c>python linenos {2,3}</c>).</param>
    public static string Write(TagCall tag, string info, string code)
    {
        // Jekyll and Hexo drop the blank lines around a code tag's body.
        while (code.IndexOf('\n') is var end and >= 0 && string.IsNullOrWhiteSpace(code[..end]))
        {
            code = code[(end + 1)..];
        }

        code = code.TrimEnd();
        var indent = tag.BlockIndent;
        if (tag.Indent is null)
        {
            code = TemplateText.Prefixed(code, indent);
        }

        var fence = new string('`', System.Math.Max(3, TemplateText.LongestRun(code, '`') + 1));
        var markdown = new StringBuilder(code.Length + info.Length + 20);
        if (tag.Indent is null)
        {
            markdown.Append('\n');
        }

        markdown.Append(indent).Append(fence).Append(info.Trim()).Append('\n');
        if (code.Length > 0)
        {
            markdown.Append(code).Append('\n');
        }

        markdown.Append(indent).Append(fence);
        if (!tag.EndsLine)
        {
            markdown.Append('\n');
        }

        return markdown.ToString();
    }

    /// <summary>A fence attribute's value in quotes, as <see cref="CodeBlocks.CodeFenceInfo"/> reads it.</summary>
    public static string Quoted(string value) => "\"" + value.Replace('"', '\'') + "\"";
}
