namespace Inkstone.Markdown.CodeBlocks;

/// <summary>
/// A code block ready to render: its fence attributes, its lines highlighted as HTML, and which lines
/// are diff insertions or deletions. Attached to the Markdig block before rendering.
/// </summary>
internal sealed record CodeBlockData(CodeFenceInfo Info, string LanguageName, IReadOnlyList<string> Lines, IReadOnlyList<DiffMark> Marks);
