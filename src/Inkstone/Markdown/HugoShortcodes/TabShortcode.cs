using Inkstone.Markdown.HexoTags;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// One panel of a theme's tabs. Its title is the one given (hugo-book's <c>{{&lt; tab "macOS" &gt;}}</c>, Hextra's
/// <c>name=</c>, Docsy's <c>header=</c>, Blowfish's <c>label=</c>), else the tabs' <c>items</c> in order, else "Tab N".
/// In Docsy's <c>tabpane</c> a panel is code in its <c>lang</c> unless <c>text=true</c>, as Docsy shows it.
/// </summary>
internal sealed class TabShortcode : IShortcodeHandler
{
    public ShortcodeBody Body => ShortcodeBody.Markdown;

    public string Render(Shortcode call, string inner, ShortcodeRun run)
    {
        var arguments = call.Arguments;
        if (arguments.Flag("disabled") == true)
        {
            return "";
        }

        var items = (call.Parent?.Arguments.Get("items") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var title = arguments.Get("name") ?? arguments.Get("header") ?? arguments.Get("title") ?? arguments.Get("label") ?? arguments.Get(0)
            ?? (call.Ordinal < items.Length ? items[call.Ordinal] : (run.English ? "Tab " : "标签 ") + (call.Ordinal + 1));
        var pane = call.Parent is { Name: "tabpane" } parent ? parent.Arguments : null;
        if (pane is not null && (arguments.Flag("text") ?? pane.Flag("text")) != true)
        {
            var code = call.Tag with { Indent = call.Tag.Indent ?? "", EndsLine = true };
            inner = "\n" + FencedCode.Write(code, arguments.Get("lang") ?? pane.Get("lang") ?? "", call.RawInner) + "\n";
        }

        return run.Blocks.Container(call.Tag, new TabPanelTagBlock(title), inner);
    }
}
