using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.Sidenotes;

/// <summary>
/// A marginal note, <c>{-&gt; text}</c>: unnumbered, set in the margin on wide screens and as an indented note in the text on
/// narrow ones. Its Markdown is read by <see cref="MarginNoteExpander"/> once the post is parsed; an unclosed one has none.
/// </summary>
internal sealed class MarginNoteInline(string? markdown) : ContainerInline
{
    /// <summary>The note's text as written, or null when its closing brace is missing.</summary>
    public string? Markdown { get; } = markdown;
}
