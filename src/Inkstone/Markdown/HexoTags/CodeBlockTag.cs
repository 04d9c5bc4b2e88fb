using System.Text;
using System.Text.RegularExpressions;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// Hexo's <c>{% codeblock [title] [lang:x] [url] [link text] [line_number:false] [highlight:false] [first_line:5] [mark:1,3-4] %}</c>
/// (also <c>{% code %}</c>) as a fenced code block with the same title, link, numbering and marked lines.
/// </summary>
internal sealed partial class CodeBlockTag : ITagHandler
{
    public TagShape Shape => TagShape.Code;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var language = "";
        var attributes = new StringBuilder();
        var caption = new List<string>();
        string? numbers = null;
        foreach (var argument in HexoArguments.Split(tag.Arguments))
        {
            var colon = argument.IndexOf(':');
            var (key, value) = colon > 0 && !argument.Contains("://", StringComparison.Ordinal) ? (argument[..colon], argument[(colon + 1)..]) : ("", argument);
            switch (key)
            {
                case "lang":
                    language = value;
                    break;
                case "line_number":
                    numbers = value == "true" ? " linenos" : " nolinenos";
                    break;
                case "first_line" when int.TryParse(value, out var first):
                    attributes.Append(" start=").Append(first);
                    break;
                case "mark":
                    attributes.Append(" {").Append(value).Append('}');
                    break;
                case "highlight" when value == "false":
                    language = "text";
                    break;
                case "wrap" or "line_threshold" or "language_attr" or "highlight":
                    break;
                default:
                    caption.Add(argument);
                    break;
            }
        }

        // After start=, which turns numbers on: line_number:false wins, as in Hexo.
        attributes.Append(numbers);
        var text = string.Join(' ', caption);
        if (CaptionWithUrl().Match(text) is { Success: true } withUrl)
        {
            attributes.Append(" title=").Append(FencedCode.Quoted(withUrl.Groups[1].Value.Trim()))
                .Append(" link=").Append(FencedCode.Quoted(withUrl.Groups[2].Value))
                .Append(" link_text=").Append(FencedCode.Quoted(withUrl.Groups[3].Success ? withUrl.Groups[3].Value.Trim() : "link"));
        }
        else if (text.Length > 0)
        {
            attributes.Append(" title=").Append(FencedCode.Quoted(text));
        }

        return FencedCode.Write(tag, language + attributes, body ?? "");
    }

    [GeneratedRegex(@"^(\S.*?)\s+(https?://\S+)(?:\s+(.+))?$")]
    private static partial Regex CaptionWithUrl();
}
