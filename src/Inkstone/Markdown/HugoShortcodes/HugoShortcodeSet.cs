using System.Collections.Frozen;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// The shortcodes Inkstone reads, by the names Hugo and the popular themes give them. A theme's template of one of
/// these names (hugo-book's <c>hint.html</c>) is not needed: Inkstone renders the shortcode as that theme does.
/// </summary>
internal static class HugoShortcodeSet
{
    public static FrozenDictionary<string, IShortcodeHandler> Handlers { get; } = Create();

    private static FrozenDictionary<string, IShortcodeHandler> Create()
    {
        var reference = new RefShortcode();
        var tabs = new TabsShortcode();
        var handlers = new Dictionary<string, IShortcodeHandler>(StringComparer.Ordinal)
        {
            // Hugo's own
            ["figure"] = new FigureShortcode(),
            ["highlight"] = new HighlightShortcode(),
            ["ref"] = reference,
            ["relref"] = reference,
            ["param"] = new ParamShortcode(),
            ["details"] = new DetailsShortcode(),
            ["comment"] = new CommentShortcode(),

            // Tabs of hugo-book, Hextra, Docsy and Blowfish
            ["tabs"] = tabs,
            ["tabpane"] = tabs,
            ["tab"] = new TabShortcode(),

            // Math
            ["math"] = new MathShortcode(displayByPlace: true),
            ["katex"] = new MathShortcode(displayByPlace: false),

            // Diagrams
            ["mermaid"] = new MermaidShortcode(),
        };
        foreach (var family in new[] { "hint", "alert", "admonition", "notice", "callout", "note", "tip", "info", "warning", "caution", "important", "danger" })
        {
            handlers[family] = new AdmonitionShortcode(family);
        }

        foreach (var embed in new[] { "youtube", "vimeo", "gist", "instagram", "tweet", "x", "bilibili" })
        {
            handlers[embed] = new EmbedShortcode(embed);
        }

        return handlers.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
