namespace Inkstone.Markdown.Headings;

/// <summary>A heading of a post, for its table of contents and for checking <c>#anchor</c> links.</summary>
internal sealed record Heading(int Level, string Text, string Id)
{
    /// <summary>False for a heading the writer kept out of tables of contents (<c>{: .no_toc}</c>).</summary>
    public bool InToc { get; init; } = true;
}
