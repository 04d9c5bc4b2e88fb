namespace Inkstone.Output;

/// <summary>
/// The file at the top of every output folder Inkstone writes (<c>.inkstone-output</c>). It tells a later
/// build that the folder is Inkstone's to replace; a folder of other files without it is refused. It also
/// lists the names starting with a dot that the site itself wrote at the top (a <c>.nojekyll</c> from
/// <c>static/</c>), so that every other such entry (a <c>.git</c>) is known to be the writer's and kept.
/// </summary>
internal static class OutputMarker
{
    public const string FileName = ".inkstone-output";

    private const string Header = """
        # Written by Inkstone, the static blog engine. A build replaces everything in this folder except
        # the entries at its top whose names start with a dot; the site's own such entries follow.
        """;

    public static string Text(IEnumerable<string> siteDotNames) =>
        Header + "\n" + string.Concat(siteDotNames.Order(StringComparer.Ordinal).Select(n => n + "\n"));

    /// <summary>True when <paramref name="folder"/> holds the marker as a regular file (a link there proves nothing).</summary>
    public static bool IsIn(string folder)
    {
        var marker = new FileInfo(Path.Combine(folder, FileName));
        return marker.Exists && marker.LinkTarget is null;
    }

    /// <summary>The top-level dot names the build that wrote <paramref name="folder"/> made itself; empty without a marker.</summary>
    public static IReadOnlySet<string> SiteDotNames(string folder)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!IsIn(folder))
        {
            return names;
        }

        try
        {
            foreach (var line in File.ReadLines(Path.Combine(folder, FileName)))
            {
                if (line.StartsWith('.') && !line.Contains('/') && line is not ("." or ".."))
                {
                    names.Add(line);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable marker lists nothing: every dot entry is then kept as the writer's.
        }

        return names;
    }
}
