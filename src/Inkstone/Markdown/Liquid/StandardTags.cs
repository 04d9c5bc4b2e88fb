namespace Inkstone.Markdown.Liquid;

/// <summary>Liquid's own tags, which Fluid evaluates as they are written (only where the site's engine evaluated posts).</summary>
internal static class StandardTags
{
    private static readonly HashSet<string> Blocks = ["if", "unless", "case", "for", "tablerow", "capture", "ifchanged"];

    private static readonly HashSet<string> Inline = ["assign", "increment", "decrement", "cycle", "echo", "liquid", "break", "continue", "#"];

    public static bool IsBlock(string name) => Blocks.Contains(name);

    public static bool IsInline(string name) => Inline.Contains(name);

    /// <summary>Whether <paramref name="name"/> (<c>else</c>, <c>elsif</c>, <c>when</c>) may stand inside an open <paramref name="block"/>.</summary>
    public static bool Continues(string block, string name) => (block, name) switch
    {
        ("if" or "unless", "elsif" or "else") => true,
        ("case", "when" or "else") => true,
        ("for", "else") => true,
        _ => false,
    };

    public static bool IsContinuation(string name) => name is "elsif" or "else" or "when";
}
