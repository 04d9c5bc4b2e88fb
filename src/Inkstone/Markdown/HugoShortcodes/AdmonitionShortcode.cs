using Inkstone.Markdown.Callouts;
using Inkstone.Markdown.HexoTags;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// The admonitions of popular Hugo themes as Inkstone's callouts, each read as its theme reads it:
/// hugo-book's <c>{{&lt; hint info|warning|danger &gt;}}</c>; Docsy's <c>{{% alert title="..." color="warning" %}}</c> (and
/// Blowfish's <c>{{&lt; alert "icon" &gt;}}</c>, whose icon is left out); LoveIt's and FixIt's
/// <c>{{&lt; admonition type title open &gt;}}</c>; Learn's and Relearn's <c>{{% notice style title icon %}}</c>; Hextra's
/// <c>{{&lt; callout type="warning" &gt;}}</c>; and shortcodes named for their kind (<c>{{&lt; warning &gt;}}</c>).
/// </summary>
internal sealed class AdmonitionShortcode(string family) : IShortcodeHandler
{
    public ShortcodeBody Body => ShortcodeBody.Markdown;

    public string Render(Shortcode call, string inner, ShortcodeRun run)
    {
        var a = call.Arguments;
        var (kind, title, fold) = family switch
        {
            "hint" => (a.Positional.Select(Kind).FirstOrDefault(k => k is not null), a.Get("title"), CalloutFold.None),
            "alert" => (Kind(a.Get("color")) ?? Kind(a.Get(0)), a.Get("title"), CalloutFold.None),
            "admonition" => (Kind(a.Get("type", 0)), a.Get("title", 1), (a.Flag("open", 2) == false ? CalloutFold.Collapsed : CalloutFold.None)),
            "notice" => (Kind(a.Get("style", 0)) ?? Kind(a.Get("color")), a.Get("title", 1), Fold(a.Flag("expanded"))),
            "callout" => (Kind(a.Get("type", 0)), a.Get("title"), CalloutFold.None),
            _ => (Kind(family), a.Get("title", 0), CalloutFold.None),
        };
        var block = new CalloutTagBlock(kind ?? CalloutKind.Note, string.IsNullOrWhiteSpace(title) ? null : title, [], fold);
        return run.Blocks.Container(call.Tag, block, inner);
    }

    private static CalloutKind? Kind(string? name) => name is not null && NoteKinds.TryParse(name.Trim(), out var kind) ? kind : null;

    private static CalloutFold Fold(bool? expanded) => expanded switch
    {
        true => CalloutFold.Expanded,
        false => CalloutFold.Collapsed,
        null => CalloutFold.None,
    };
}
