using System.Security.Cryptography;
using Inkstone.Output;

namespace Inkstone.Deploying;

/// <summary>
/// The files of a built output folder, as a deploy publishes them: every file but Inkstone's marker, and of the
/// entries at the top whose names start with a dot only those the site wrote (a <c>.nojekyll</c> from
/// <c>static/</c>), never the writer's own (a <c>.git</c>).
/// </summary>
internal static class BuiltSite
{
    public static IReadOnlyList<SiteFile> Read(string outputFolder)
    {
        if (!Directory.Exists(outputFolder) || !OutputMarker.IsIn(outputFolder))
        {
            throw new DeployException($"'{outputFolder}' holds no site Inkstone built.", "Build it first: leave out --no-build, or run 'inkstone build'.");
        }

        var siteDotNames = OutputMarker.SiteDotNames(outputFolder);
        var files = new List<(string Path, string FullPath)>();
        foreach (var entry in new DirectoryInfo(outputFolder).EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.') && !siteDotNames.Contains(entry.Name))
            {
                continue;
            }

            if (entry is DirectoryInfo folder)
            {
                files.AddRange(folder.EnumerateFiles("*", SearchOption.AllDirectories)
                    .Select(f => (System.IO.Path.GetRelativePath(outputFolder, f.FullName).Replace('\\', '/'), f.FullName)));
            }
            else
            {
                files.Add((entry.Name, entry.FullName));
            }
        }

        // Parallel.For rather than PLINQ: PLINQ's ordering operators make the ahead-of-time compiler generate
        // (and warn about) thousands of generic instantiations that never run.
        var hashed = new SiteFile[files.Count];
        Parallel.For(0, files.Count, i => hashed[i] = new SiteFile(files[i].Path, files[i].FullPath, new FileInfo(files[i].FullPath).Length, Md5Of(files[i].FullPath)));
        Array.Sort(hashed, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return hashed;
    }

    private static string Md5Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(MD5.HashData(stream));
    }
}
