using Inkstone.Diagnostics;

namespace Inkstone.Markdown;

/// <summary>A link to <c>#anchor</c> in a post (the same one or another), checked once every post is rendered.</summary>
internal sealed record AnchorReference(string TargetSourcePath, string Anchor, SourceLocation Location);
