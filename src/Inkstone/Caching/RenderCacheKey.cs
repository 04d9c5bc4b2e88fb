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
            AppendText(hash, name);
            hash.Append(files.FileExists(name) ? files.ReadAllBytes(name) : [0xFF]);
        }

        AppendText(hash, options.BaseUrl ?? "\0");
        AppendText(hash, options.Strict ? "strict" : "lenient");
        return hash.GetCurrentHash();
    }

    public static UInt128 For(Post post, byte[] settings)
    {
        var hash = new XxHash128();
        hash.Append(settings);
        AppendText(hash, post.Kind.ToString());
        AppendText(hash, post.SourcePath);
        AppendText(hash, post.Url);
        AppendText(hash, post.Source.Text);
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>Appends the length and the UTF-16 code units, so that no two sequences of texts hash the same bytes.</summary>
    private static void AppendText(XxHash128 hash, string text)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, text.Length);
        hash.Append(length);
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
