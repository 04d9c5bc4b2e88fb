namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>A piece of the body with, for a shortcode that encloses something, its end tag and what lies between.</summary>
internal sealed class ShortcodeNode(ShortcodeToken? token)
{
    /// <summary>The piece; null for the body itself, the root.</summary>
    public ShortcodeToken? Token { get; } = token;

    public ShortcodeToken? Close { get; set; }

    public List<ShortcodeNode> Children { get; } = [];

    /// <summary>Set on a shortcode that is never closed though it must be: it is left out, and what follows reads as usual.</summary>
    public bool Dropped { get; set; }
}
