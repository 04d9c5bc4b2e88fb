namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>Hugo's <c>{{% comment %}}...{{% /comment %}}</c>: a note to the writer, shown to no one.</summary>
internal sealed class CommentShortcode : IShortcodeHandler
{
    public ShortcodeBody Body => ShortcodeBody.Code;

    public string Render(Shortcode call, string inner, ShortcodeRun run) => new('\n', inner.Count(c => c == '\n'));
}
