using Inkstone.Markdown.HexoTags;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// The tabs of the popular themes as Inkstone's tabs: hugo-book's <c>{{&lt; tabs "id" &gt;}}</c>, Hextra's
/// <c>{{&lt; tabs items="A,B" defaultIndex=1 &gt;}}</c>, Docsy's <c>{{&lt; tabpane &gt;}}</c>; each <c>tab</c> inside is a panel.
/// What lies between the panels is left out, as those themes do.
/// </summary>
internal sealed class TabsShortcode : IShortcodeHandler
{
    public ShortcodeBody Body => ShortcodeBody.Markdown;

    public string Render(Shortcode call, string inner, ShortcodeRun run)
    {
        var selected = int.TryParse(call.Arguments.Get("defaultIndex"), out var index) && index >= 0 ? index + 1 : 1;
        return run.Blocks.Container(call.Tag, new TabsTagBlock(selected), inner);
    }
}
