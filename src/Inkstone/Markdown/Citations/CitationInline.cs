using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.Citations;

/// <summary>
/// A citation as written: in brackets (<c>[see @a, p. 3; @b]</c>), or in the text (<c>@a</c>, <c>@a [p. 3]</c>), whose
/// author is part of the sentence. <see cref="CitationResolver"/> fills <see cref="Html"/>; until then, and for a key
/// no bibliography holds, it shows as written.
/// </summary>
internal sealed class CitationInline(IReadOnlyList<CitationItem> items, bool inText, string written) : LeafInline
{
    public IReadOnlyList<CitationItem> Items { get; } = items;

    /// <summary>Written in the sentence (<c>@key</c>), so the author's name is part of it: "Vaswani et al. (2017)".</summary>
    public bool InText { get; } = inText;

    /// <summary>The source text, shown when the citation cannot be resolved.</summary>
    public string Written { get; } = written;

    /// <summary>The formatted citation, set once the post's bibliography is known.</summary>
    public string? Html { get; set; }

    /// <summary>The formatted citation as plain text, for the excerpt, word count and search; null until resolved.</summary>
    public string? Text { get; set; }
}
