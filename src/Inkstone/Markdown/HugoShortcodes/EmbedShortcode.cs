using Inkstone.Markdown.HexoTags;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// Hugo's shortcodes that embed another site (<c>youtube</c>, <c>vimeo</c>, <c>gist</c>, <c>instagram</c>, <c>x</c> and
/// the older <c>tweet</c>) and themes' <c>bilibili</c>, as a card that loads nothing until the reader follows it
/// (<see cref="EmbedCard"/>), by id or named parameters as Hugo takes them.
/// </summary>
internal sealed class EmbedShortcode(string name) : IShortcodeHandler
{
    public ShortcodeBody Body => ShortcodeBody.None;

    public string Render(Shortcode call, string inner, ShortcodeRun run)
    {
        var a = call.Arguments;
        var id = Uri.EscapeDataString(a.Get("id", name == "gist" ? 1 : 0) ?? "");
        var user = Uri.EscapeDataString(a.Get("user", 0) ?? "");
        (string? Url, EmbedKind Kind) target = name switch
        {
            _ when id.Length == 0 => (null, EmbedKind.Page),
            "youtube" => ($"https://www.youtube.com/watch?v={id}", EmbedKind.Video),
            "vimeo" => ($"https://vimeo.com/{id}", EmbedKind.Video),
            "bilibili" => ($"https://www.bilibili.com/video/{(id.All(char.IsAsciiDigit) ? "av" : "")}{id}" + (a.Get("p", 1) is { } part ? $"?p={Uri.EscapeDataString(part)}" : ""), EmbedKind.Video),
            "gist" when user.Length > 0 => ($"https://gist.github.com/{user}/{id}", EmbedKind.Code),
            "instagram" => ($"https://www.instagram.com/p/{id}/", EmbedKind.Page),
            "tweet" or "x" when a.Get("user") is not null => ($"https://x.com/{user}/status/{id}", EmbedKind.Page),
            "tweet" or "x" => ($"https://x.com/i/status/{id}", EmbedKind.Page),
            _ => (null, EmbedKind.Page),
        };
        if (target.Url is null)
        {
            run.Warning(Diagnostics.DiagnosticIds.ShortcodeIncomplete, call.Location, $"'{call.Written}' names nothing to show, so it is left out.",
                name == "gist" ? "Write {{< gist user id >}}." : $"Give the id after the name: {{{{< {name} id >}}}}.");
            return "";
        }

        return EmbedCard.Write(target.Url, target.Kind, run.English, a.Get("title"));
    }
}
