using Inkstone.Markdown.Headings;
using Markdig.Syntax;

namespace Inkstone.Markdown.Kramdown;

/// <summary>kramdown's <c>* TOC</c> list with <c>{:toc}</c>: the page's table of contents in its place, filled once headings have ids.</summary>
internal sealed class TocBlock() : LeafBlock(null)
{
    /// <summary>Whether it was a numbered list (<c>1. TOC</c>), as kramdown keeps it.</summary>
    public bool Numbered { get; init; }

    public IReadOnlyList<Heading> Headings { get; set; } = [];
}
