using System.Collections.Concurrent;
using Inkstone.Diagnostics;

namespace Inkstone.FileSystem;

/// <summary>
/// Where a site ends. A symbolic link in the site that leads outside its folder is not followed (a bundle
/// file linked to <c>/proc/self/environ</c> would publish the environment) unless the site's config says
/// <c>follow_links: true</c>; a link that goes round a loop, or leads nowhere, is left out too. Each link
/// left out is one warning at the link's path, collected here for the build to report.
/// </summary>
internal sealed class SiteBoundary
{
    private readonly ConcurrentDictionary<string, Diagnostic> _problems;

    private SiteBoundary(string root, string realRoot, bool followLinks, ConcurrentDictionary<string, Diagnostic> problems)
    {
        Root = root;
        RealRoot = realRoot;
        FollowsLinks = followLinks;
        _problems = problems;
    }

    public static SiteBoundary Of(string root) => new(root, RealPath.TryResolve(root) ?? root, followLinks: false, new(StringComparer.Ordinal));

    /// <summary>The same boundary, following links out of the site; links already left out stay reported.</summary>
    public SiteBoundary FollowingLinks() => new(Root, RealRoot, followLinks: true, _problems);

    public string Root { get; }

    public string RealRoot { get; }

    public bool FollowsLinks { get; }

    public IEnumerable<Diagnostic> Problems => _problems.Values;

    /// <summary>Where the link at <paramref name="relative"/> (full path <paramref name="full"/>) leads, when it may be followed.</summary>
    public LinkTarget Follow(string relative, string full)
    {
        var real = RealPath.TryResolve(full);
        if (real is null)
        {
            Report(DiagnosticIds.LinkLoop, relative, $"'{relative}' is a symbolic link that goes round a loop of links; it is not followed.",
                "Remove the link, or point it at a file or folder.");
            return LinkTarget.None;
        }

        var isFolder = Directory.Exists(real);
        if (!isFolder && !File.Exists(real))
        {
            Report(DiagnosticIds.LinkDangling, relative, $"'{relative}' is a symbolic link to '{Written(full)}', which does not exist; it is left out.",
                "Remove the link, or put back what it points to.");
            return LinkTarget.None;
        }

        if (!FollowsLinks && !RealPath.IsAtOrUnder(real, RealRoot))
        {
            Report(DiagnosticIds.LinkLeavesSite, relative, $"'{relative}' is a symbolic link to '{Written(full)}', outside the site folder; it is not read.",
                "Copy what it points to into the site, or set follow_links: true in inkstone.yml to read links that leave the site.");
            return LinkTarget.None;
        }

        return new LinkTarget(real, isFolder);
    }

    /// <summary>
    /// The path to read for a site path that was not listed (a file a post names), or null when it is not in
    /// the site as this boundary draws it; the link that leads out, or round a loop, is reported.
    /// </summary>
    public string? Admit(string relative, string full)
    {
        var real = RealPath.TryResolve(full);
        if (real is not null && (FollowsLinks || RealPath.IsAtOrUnder(real, RealRoot)))
        {
            return full;
        }

        // Name the first link on the way, where the writer can see what leads out.
        var parts = relative.Split('/');
        for (var i = 1; i <= parts.Length; i++)
        {
            var prefix = string.Join('/', parts[..i]);
            var path = Path.Combine(Root, prefix);
            if (new FileInfo(path).LinkTarget is not null && Follow(prefix, path).Path is null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Reports a link to a folder that holds it: following it would list the same files forever.</summary>
    public void ReportLoop(string relative) =>
        Report(DiagnosticIds.LinkLoop, relative, $"'{relative}' is a symbolic link to '{Written(Path.Combine(Root, relative))}', a folder that holds it (a loop); it is not followed.",
            "Remove the link, or point it at a folder that does not hold it.");

    /// <summary>
    /// Reports a file or folder whose name holds a backslash (possible on Linux and macOS): site paths use
    /// either slash as a separator, so it would be read and published as another path.
    /// </summary>
    public void ReportBackslash(string relative) =>
        Report(DiagnosticIds.UnpublishableFileName, relative, $"'{relative}' has a backslash in its name, which Inkstone reads as a folder separator; it is left out.",
            "Rename it without the backslash ('\\').");

    private void Report(string id, string relative, string message, string hint) =>
        _problems.TryAdd(relative, new Diagnostic(id, Severity.Warning, SourceLocation.File(relative), message, hint));

    /// <summary>The link's target as written in the link, which says more to its writer than where it ends.</summary>
    private static string Written(string full) => new FileInfo(full).LinkTarget ?? "";
}

/// <summary>Where a followed link leads: its real path and whether it is a folder; <see cref="None"/> when it is not followed.</summary>
internal readonly record struct LinkTarget(string? Path, bool IsFolder)
{
    public static LinkTarget None => default;
}
