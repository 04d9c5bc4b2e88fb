using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.Math;

/// <summary>An inline formula and the closing punctuation right after it, which a line never breaks between.</summary>
internal sealed class MathNoBreakInline : ContainerInline;
