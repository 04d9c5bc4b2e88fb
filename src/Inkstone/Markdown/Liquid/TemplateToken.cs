namespace Inkstone.Markdown.Liquid;

/// <summary>One piece of a template's text, from <see cref="Start"/> to <see cref="End"/> (offsets in the scanned text).</summary>
internal sealed record TemplateToken(TemplateTokenKind Kind, int Start, int End)
{
    public string Name { get; init; } = "";

    public string Arguments { get; init; } = "";

    /// <summary>For a literal, the text kept; for a tag with a code body, the body; else null.</summary>
    public string? Content { get; init; }

    /// <summary>Whitespace control: <c>{%-</c> trims before the tag, <c>-%}</c> after it.</summary>
    public bool TrimBefore { get; init; }

    public bool TrimAfter { get; init; }
}
