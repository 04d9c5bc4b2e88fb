using System.Text.RegularExpressions;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// Jekyll's <c>{% highlight python linenos %}...{% endhighlight %}</c> (and <c>mark_lines="1 2"</c>) as a fenced code
/// block, highlighted and numbered by Inkstone. Its code is shown as written: Jekyll evaluated <c>{{ }}</c> inside it,
/// which writers had to escape with <c>{% raw %}</c>; Inkstone never evaluates code.
/// </summary>
internal sealed partial class HighlightTag : ITagHandler
{
    public TagShape Shape => TagShape.Code;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var words = tag.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var info = words.Length > 0 ? words[0] : "";
        var options = words.Length > 1 ? words[1] : "";
        if (LineNumbers().IsMatch(options))
        {
            info += " linenos";
        }

        if (MarkLines().Match(options) is { Success: true } marked)
        {
            info += " {" + string.Join(',', marked.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)) + "}";
        }

        return FencedCode.Write(tag, info, body ?? "");
    }

    [GeneratedRegex(@"(^|\s)linenos(=\w+)?(\s|$)")]
    private static partial Regex LineNumbers();

    [GeneratedRegex("""(mark_lines|hl_lines)\s*=\s*["']?([\d\s]+)["']?""")]
    private static partial Regex MarkLines();
}
