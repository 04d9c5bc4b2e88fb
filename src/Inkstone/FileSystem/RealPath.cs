namespace Inkstone.FileSystem;

/// <summary>
/// The path the file system reaches for a path: every symbolic link on the way followed, at any depth.
/// Guards that compare folders need it, since compared as written a link named <c>out</c> that leads
/// to <c>content/</c> is not <c>content/</c>. The part of a path that does not exist yet is kept as
/// written (with <c>.</c> and <c>..</c> resolved), so a folder about to be made can be checked too.
/// </summary>
public static class RealPath
{
    // Linux gives up after 40 links on one path (MAXSYMLINKS); so do we, and call it a loop.
    private const int MaxLinks = 40;

    /// <summary>The real path, or null when following the links on the way goes round a loop.</summary>
    public static string? TryResolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var pending = new Stack<string>(Parts(full[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // The rest of the path now continues from the link's target, read relative to the link's folder.
            foreach (var step in Parts(target).Reverse())
            {
                pending.Push(step);
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(Path.GetFullPath(target)) ?? root;
            }
        }

        return Path.TrimEndingDirectorySeparator(current.Length == 0 ? root : current);
    }

    /// <summary>The real path; a loop of links is an <see cref="IOException"/>, as the system would report it.</summary>
    public static string Resolve(string path) =>
        TryResolve(path) ?? throw new IOException($"Too many levels of symbolic links in '{path}'.");

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies under it, both real paths.</summary>
    public static bool IsAtOrUnder(string path, string folder) =>
        PathText.Equal(path, folder) || PathText.StartsWith(path, Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar);

    private static string? LinkTarget(string path)
    {
        try
        {
            // Reads the link itself (readlink); null for anything that is not a link, or is not there.
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string[] Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
