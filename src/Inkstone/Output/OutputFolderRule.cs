using Inkstone.FileSystem;

namespace Inkstone.Output;

/// <summary>
/// Where a site may be built. A build replaces what its output folder holds, so an output folder chosen
/// by accident (the site itself, its content, a home folder, a folder of other files) would lose a
/// writer's files; such a folder is refused before anything is written. Every path is compared at its
/// real path (links followed, compared as the file system compares names), so a link to
/// <c>content/</c> is refused as <c>content/</c> itself.
/// </summary>
internal static class OutputFolderRule
{
    /// <summary>The folders an Inkstone site's build reads (ThemeFiles, ContentLoader, StaticStage; SiteWatcher watches the same).</summary>
    public static readonly IReadOnlyList<string> DefaultSourceFolders = ["content", "static", "layouts", "assets", "data"];

    /// <summary>
    /// Why <paramref name="outputDirectory"/> cannot hold the build of <paramref name="siteDirectory"/>, or null
    /// when it can. <paramref name="sourceFolders"/> are the site's folders the build reads (paths relative to
    /// the site; <see cref="DefaultSourceFolders"/> when null): a site imported from another engine has others.
    /// With <paramref name="force"/>, a folder of files Inkstone did not write is allowed; nothing else is.
    /// </summary>
    public static OutputFolderRefusal? Refusal(string siteDirectory, string outputDirectory, bool force = false, IReadOnlyList<string>? sourceFolders = null)
    {
        var site = RealPath.TryResolve(siteDirectory);
        var output = RealPath.TryResolve(outputDirectory);
        if (site is null || output is null)
        {
            return Never("its path goes round a loop of symbolic links");
        }

        if (File.Exists(output))
        {
            return Never("it is a file, not a folder");
        }

        if (PathText.Equal(site, output))
        {
            return Never("it is the site folder itself");
        }

        if (RealPath.IsAtOrUnder(site, output))
        {
            return Never("it holds the site folder");
        }

        foreach (var source in (sourceFolders ?? DefaultSourceFolders).Append(".git"))
        {
            var real = RealPath.TryResolve(Path.Combine(siteDirectory, source)) ?? Path.Combine(site, source);
            if (RealPath.IsAtOrUnder(output, real))
            {
                return Never($"it is inside the site's {source}/ folder, which the build reads");
            }

            if (RealPath.IsAtOrUnder(real, output))
            {
                return Never($"it holds the site's {source}/ folder, which the build reads");
            }
        }

        var cache = Path.Combine(site, ".inkstone");
        if (RealPath.IsAtOrUnder(output, cache) && !RealPath.IsAtOrUnder(output, Path.Combine(cache, "serve")))
        {
            return Never("it is inside .inkstone/, which holds the build cache");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && RealPath.TryResolve(home) is { } realHome && RealPath.IsAtOrUnder(realHome, output))
        {
            return Never("it is a home folder or holds one");
        }

        if (PathText.Equal(Path.GetPathRoot(output) ?? "", output))
        {
            return Never("it is the root of a disk");
        }

        if (File.Exists(Path.Combine(output, "inkstone.yml")) || File.Exists(Path.Combine(output, "inkstone.yaml")))
        {
            return Never("it holds another site (an inkstone.yml)");
        }

        if (force || WrittenByThisSite(site, output))
        {
            return null;
        }

        if (HoldsOtherFiles(output))
        {
            return new OutputFolderRefusal($"it holds files Inkstone did not write (it has no {OutputMarker.FileName})", ForceAllows: true);
        }

        var previous = OutputFolder.At(output).Previous;
        return HoldsOtherFiles(previous)
            ? new OutputFolderRefusal($"'{Path.GetFileName(previous)}' beside it, where Inkstone keeps the previous build, holds files Inkstone did not write", ForceAllows: true)
            : null;
    }

    /// <summary>
    /// True for the preview's folder in <c>.inkstone/</c>, and for a folder this site's builds published
    /// into before the marker existed (its cache keeps a ledger of it).
    /// </summary>
    private static bool WrittenByThisSite(string site, string output) =>
        RealPath.IsAtOrUnder(output, Path.Combine(site, ".inkstone", "serve")) ||
        OutputLedger.Exists(Path.Combine(site, ".inkstone", "cache"), output);

    /// <summary>A folder with entries other than dot entries (which a build never touches) and no marker.</summary>
    private static bool HoldsOtherFiles(string folder)
    {
        try
        {
            return Directory.Exists(folder) && !OutputMarker.IsIn(folder) &&
                   Directory.EnumerateFileSystemEntries(folder).Any(e => !Path.GetFileName(e).StartsWith('.'));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // a folder it cannot read, it cannot tell to be safe to replace
        }
    }

    private static OutputFolderRefusal Never(string reason) => new(reason, ForceAllows: false);
}
