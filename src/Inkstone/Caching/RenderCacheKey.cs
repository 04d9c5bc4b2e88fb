using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.FileSystem;
using Inkstone.Hashing;

namespace Inkstone.Caching;

/// <summary>
/// The key of a post's cached rendering: a hash of everything the rendering reads that is not a
/// recorded <see cref="RenderDependency"/>: the site's settings (config file bytes, the base path and the
/// options that change rendering) and the post itself (source path, URL, whole source text with front matter).
/// </summary>
internal static class RenderCacheKey
{
    /// <summary>
    /// The digest of the site-wide settings, computed once per build. Of the base URL only the path counts
    /// (<paramref name="basePath"/>, after any <c>--base-url</c>): a post's HTML links by path, never by
    /// host, so the preview server on any port and a build for the real host share their renderings.
    /// </summary>
    /// <param name="strict">Whether the build is strict (<c>--strict</c>), which changes what a post's problems do.</param>
    public static byte[] Settings(ISiteFileSystem files, bool strict, string basePath, IReadOnlyList<string> configFiles, SiteConfig? config = null)
    {
        var hash = new XxHash128();
        foreach (var name in configFiles.Prepend("inkstone.yaml").Prepend(SiteConfigLoader.FileName).Distinct(StringComparer.Ordinal))
        {
            hash.AppendText(name);
            hash.Append(files.FileExists(name) ? files.ReadAllBytes(name) : [0xFF]);
        }

        // The site's render hooks write posts' markup, so a changed hook renders every post again.
        const string hooks = "layouts/render";
        if (files.DirectoryExists(hooks))
        {
            foreach (var hook in files.EnumerateFiles(hooks).Order(StringComparer.Ordinal))
            {
                hash.AppendText(hook);
                hash.Append(files.ReadAllBytes(hook));
            }
        }

        hash.AppendText(basePath);
        hash.AppendText(strict ? "strict" : "lenient");

        // The dialect and math delimiters can come from outside the config files (an engine's default, a theme's
        // MathJax set-up in _includes/), so the settings as read count too.
        if (config is not null)
        {
            hash.AppendText(config.Markdown.Dialect.ToString());
            hash.AppendText(string.Join(',', config.Markdown.Extensions.Order(StringComparer.Ordinal)));
            hash.AppendText(string.Join(',', config.Markdown.SnippetFolders));
            hash.AppendText(config.Math.CodeDelimiters ? "code-math" : "code");
        }

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
