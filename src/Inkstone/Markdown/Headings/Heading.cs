namespace Inkstone.Markdown.Headings;

/// <summary>A heading of a post, for its table of contents and for checking <c>#anchor</c> links.</summary>
internal sealed record Heading(int Level, string Text, string Id);
