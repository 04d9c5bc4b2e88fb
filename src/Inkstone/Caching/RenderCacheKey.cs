using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
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
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in new[] { SiteConfigLoader.FileName, "inkstone.yaml" })
        {
            AppendText(hash, name);
            hash.AppendData(files.FileExists(name) ? files.ReadAllBytes(name) : [0xFF]);
        }

        AppendText(hash, options.BaseUrl ?? "\0");
        AppendText(hash, options.Strict ? "strict" : "lenient");
        return hash.GetHashAndReset();
    }

    public static UInt128 For(Post post, byte[] settings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(settings);
        AppendText(hash, post.Kind.ToString());
        AppendText(hash, post.SourcePath);
        AppendText(hash, post.Url);
        AppendText(hash, post.Source.Text);
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    /// <summary>Appends the length and the UTF-16 code units, so that no two sequences of texts hash the same bytes.</summary>
    private static void AppendText(IncrementalHash hash, string text)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, text.Length);
        hash.AppendData(length);
        hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
