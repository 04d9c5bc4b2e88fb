using Inkstone.Markdown.Callouts;
using Inkstone.Markdown.HexoTags;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// Hugo's <c>{{&lt; details summary="..." open=true &gt;}}</c> and hugo-book's <c>{{&lt; details "Title" open &gt;}}</c>: a
/// callout that folds (a <c>&lt;details&gt;</c>, which works without a script), closed unless asked open.
/// </summary>
internal sealed class DetailsShortcode : IShortcodeHandler
{
    public ShortcodeBody Body => ShortcodeBody.Markdown;

    public string Render(Shortcode call, string inner, ShortcodeRun run)
    {
        var arguments = call.Arguments;
        var summary = arguments.Get("summary") ?? arguments.Get("title") ?? arguments.Get(0) ?? (run.English ? "Details" : "详情");
        var open = arguments.Flag("open") ?? arguments.Positional.Skip(1).Any(p => p == "open");
        var block = new CalloutTagBlock(CalloutKind.Note, summary, ["details"], open ? CalloutFold.Expanded : CalloutFold.Collapsed);
        return run.Blocks.Container(call.Tag, block, inner);
    }
}
