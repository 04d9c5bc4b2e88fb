using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Inkstone.Building;
using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.FileSystem;

namespace Inkstone.Caching;

/// <summary>
/// The key of a post's cached rendering: a hash of everything the rendering reads that is not a
/// recorded <see cref="RenderDependency"/>: the site's settings (config file bytes and the options
/// that change rendering) and the post itself (source path, URL, whole source text with front matter).
/// </summary>
internal static class RenderCacheKey
{
    /// <summary>The digest of the site-wide settings, computed once per build.</summary>
    public static byte[] Settings(ISiteFileSystem files, BuildOptions options)
    {
        var hash = new XxHash128();
        foreach (var name in new[] { SiteConfigLoader.FileName, "inkstone.yaml" })
        {
            hash.AppendText(name);
            hash.Append(files.FileExists(name) ? files.ReadAllBytes(name) : [0xFF]);
        }

        hash.AppendText(options.BaseUrl ?? "\0");
        hash.AppendText(options.Strict ? "strict" : "lenient");
        return hash.GetCurrentHash();
    }

    public static UInt128 For(Post post, byte[] settings)
    {
        var hash = new XxHash128();
        hash.Append(settings);
        hash.AppendText(post.Kind.ToString());
        hash.AppendText(post.SourcePath);
        hash.AppendText(post.Url);
        hash.AppendText(post.Source.Text);
        return hash.GetCurrentHashAsUInt128();
    }
}
