namespace Inkstone.Content;

/// <summary>A folder copied into the site as it is: Inkstone's and Hugo's <c>static/</c>, Hexo's <c>source/</c>, Jekyll's site folder.</summary>
/// <param name="Directory">The site-relative folder ("" for the site's own folder).</param>
internal sealed record StaticRoot(string Directory)
{
    /// <summary>Whether a file under the folder (site-relative path) is published; pages, sources and settings are not.</summary>
    public Func<string, bool> Includes { get; init; } = _ => true;

    /// <summary>The output path of a site file under this root: <c>static/img/a.png</c> is <c>img/a.png</c>.</summary>
    public string OutputPath(string file) => Directory.Length == 0 ? file : file[(Directory.Length + 1)..];
}
