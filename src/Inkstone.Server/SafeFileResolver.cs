namespace Inkstone.Server;

/// <summary>
/// Maps a request path to a file under the served folder, and refuses anything that would leave it:
/// ".." in any spelling (Kestrel decodes %2e%2e before we see it, and we check again), and symbolic
/// links, at any depth, whose target lies outside the folder.
/// </summary>
internal sealed class SafeFileResolver(string root)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    /// <summary>The file to serve for <paramref name="requestPath"/> (index.html for folders), or null.</summary>
    public string? Resolve(string requestPath)
    {
        var relative = Uri.UnescapeDataString(requestPath).Replace('\\', '/').TrimStart('/');
        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.Contains('\0')))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(_root, Path.Combine(segments)));
        if (!IsInside(full))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) && IsReallyInside(full) ? full : null;
    }

    private bool IsInside(string full) =>
        full == _root || full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Follows every link from the root down to the file and checks where each one lands.</summary>
    private bool IsReallyInside(string full)
    {
        var current = _root;
        foreach (var segment in Path.GetRelativePath(_root, full).Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, segment);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !IsInside(Path.GetFullPath(target.FullName)))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
