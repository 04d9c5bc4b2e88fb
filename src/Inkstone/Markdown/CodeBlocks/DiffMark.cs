namespace Inkstone.Markdown.CodeBlocks;

internal enum DiffMark
{
    None,
    Inserted,
    Deleted,
}
