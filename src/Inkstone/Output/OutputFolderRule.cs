namespace Inkstone.Output;

/// <summary>
/// Where a site may be built. A build deletes what its output folder holds beyond the site, so an output
/// folder chosen by accident (the site itself, its content, a home folder) would lose a writer's files;
/// such a folder is refused before anything is written.
/// </summary>
internal static class OutputFolderRule
{
    // The folders a build reads from (ThemeFiles, ContentLoader, StaticStage; SiteWatcher watches the same).
    private static readonly string[] SourceFolders = ["content", "static", "layouts", "assets"];

    /// <summary>Why <paramref name="outputDirectory"/> cannot hold the build of <paramref name="siteDirectory"/>, or null when it can.</summary>
    public static string? Refusal(string siteDirectory, string outputDirectory)
    {
        var site = Full(siteDirectory);
        var output = Full(outputDirectory);
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (string.Equals(site, output, comparison))
        {
            return "it is the site folder itself";
        }

        if (IsUnder(site, output, comparison))
        {
            return "it holds the site folder";
        }

        if (IsUnder(output, site, comparison))
        {
            var first = Path.GetRelativePath(site, output).Split(Path.DirectorySeparatorChar)[0];
            if (SourceFolders.Contains(first, StringComparer.Ordinal) || first == ".git")
            {
                return $"it is inside the site's {first}/ folder, which the build reads";
            }

            var serve = Path.Combine(site, ".inkstone", "serve");
            if (first == ".inkstone" && !string.Equals(output, serve, comparison) && !IsUnder(output, serve, comparison))
            {
                return "it is inside .inkstone/, which holds the build cache";
            }
        }

        if (string.Equals(output, Full(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)), comparison) || string.Equals(Path.GetPathRoot(output), output, comparison))
        {
            return "it is a home folder or the root of a disk";
        }

        if (Directory.Exists(output) && (File.Exists(Path.Combine(output, "inkstone.yml")) || File.Exists(Path.Combine(output, "inkstone.yaml"))))
        {
            return "it holds another site (an inkstone.yml)";
        }

        return null;
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsUnder(string path, string folder, StringComparison comparison) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, comparison);
}
