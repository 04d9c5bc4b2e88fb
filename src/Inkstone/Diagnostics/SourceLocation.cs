namespace Inkstone.Diagnostics;

/// <summary>
/// A place in a site's source: a path relative to the site root (with forward slashes),
/// and a 1-based line and column. Line 0 means "the file as a whole".
/// </summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 0, 0);

    public override string ToString() => Line > 0 ? $"{Path}:{Line}:{Column}" : Path;
}
