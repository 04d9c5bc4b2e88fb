using Inkstone.FileSystem;

namespace Inkstone.Server;

/// <summary>
/// Maps a request path to the one file the server will serve, and checks that very file: the path is
/// taken as the server decoded it, once (decoding again would check one name and serve another:
/// <c>leak%2542</c> is the file <c>leak%42</c>, not <c>leakB</c>); every link on the way is followed to
/// the file's real path, which must lie under the real output folder; and no name on the way, asked for
/// or reached through a link, may start with a dot (a <c>.git</c> or <c>.env</c> in the output is the
/// writer's, not the site's).
/// </summary>
internal sealed class SafeFileResolver(string root)
{
    private readonly string _root = RealPath.Resolve(root);

    /// <summary>The real output folder the server serves; files are served by their path under it.</summary>
    public string Root => _root;

    /// <summary>The real path of the file to serve for <paramref name="requestPath"/> (index.html for folders), or null.</summary>
    public string? Resolve(string requestPath)
    {
        var segments = requestPath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s.StartsWith('.') || s.Contains('\0')))
        {
            return null; // ".", ".." and every dot name
        }

        var real = RealPath.TryResolve(Path.Combine([_root, .. segments]));
        if (real is not null && Directory.Exists(real))
        {
            real = RealPath.TryResolve(Path.Combine(real, "index.html"));
        }

        return real is not null && File.Exists(real) && IsServable(real) ? real : null;
    }

    /// <summary>The path of a resolved file under the root, with '/' (what the static file server is asked for).</summary>
    public string Relative(string real) => Path.GetRelativePath(_root, real).Replace('\\', '/');

    private bool IsServable(string real) =>
        RealPath.IsAtOrUnder(real, _root) && !PathText.Equal(real, _root) &&
        !Relative(real).Split('/').Any(s => s.StartsWith('.'));
}
