namespace Inkstone.FileSystem;

/// <summary>Normalisation of site-relative paths: forward slashes, no leading "./" or "/".</summary>
internal static class SitePath
{
    public static string Normalize(string path)
    {
        var p = path.Replace('\\', '/');
        while (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p[2..];
        }

        return p.TrimStart('/');
    }

    public static string Directory(string path)
    {
        var i = path.LastIndexOf('/');
        return i < 0 ? "" : path[..i];
    }

    public static bool IsUnder(string path, string directory) =>
        directory.Length == 0 || path.StartsWith(directory.TrimEnd('/') + "/", StringComparison.Ordinal);
}
