using System.Text;
using Inkstone.Bibliography;
using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.Data;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Markdown.Citations;

/// <summary>
/// Every bibliography of a build, each file read once before posts render: the site's (<c>citations.bibliography</c>, or
/// <c>references.bib</c> when it exists) and those posts name in front matter (<c>bibliography:</c>, a path or a list,
/// relative to the post, or to the site when the post's folder has no such file). Problems in a file are reported here,
/// once per build; a post's rendering records the files it used, so an edited <c>.bib</c> renders its posts again.
/// </summary>
internal sealed class SiteBibliographies
{
    private readonly Dictionary<string, BibliographyFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _postFiles = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _siteFiles;

    public static readonly SiteBibliographies None = new([]);

    private SiteBibliographies(IReadOnlyList<string> siteFiles) => _siteFiles = siteFiles;

    /// <summary>Whether the site has a bibliography every post may cite from.</summary>
    public bool SiteWide => _siteFiles.Count > 0;

    public static SiteBibliographies Load(CitationSettings settings, IEnumerable<Post> posts, ISiteFileSystem files, DiagnosticBag diagnostics)
    {
        var siteFiles = new List<string>();
        if (settings.Bibliographies is { } configured)
        {
            for (var i = 0; i < configured.Count; i++)
            {
                var path = SitePath.Normalize(configured[i]);
                if (files.FileExists(path))
                {
                    siteFiles.Add(path);
                }
                else
                {
                    Missing(diagnostics, i < settings.BibliographyLocations.Count ? settings.BibliographyLocations[i] : SourceLocation.File(SiteConfigLoader.FileName), configured[i]);
                }
            }
        }
        else if (files.FileExists(CitationSettings.DefaultBibliography))
        {
            siteFiles.Add(CitationSettings.DefaultBibliography);
        }

        var loaded = new SiteBibliographies(siteFiles);
        foreach (var post in posts)
        {
            if (post.FrontMatter["bibliography"] is not { } node)
            {
                continue;
            }

            var own = new List<string>();
            foreach (var item in node is DataList list ? list.Items : [node])
            {
                if (DataValues.String(item, "bibliography", diagnostics) is not { Length: > 0 } written)
                {
                    continue;
                }

                if (Resolve(post, written, files) is { } path)
                {
                    own.Add(path);
                }
                else
                {
                    Missing(diagnostics, item.Location, written);
                }
            }

            loaded._postFiles[post.SourcePath] = own;
        }

        foreach (var path in siteFiles.Concat(loaded._postFiles.Values.SelectMany(p => p)).Distinct(StringComparer.Ordinal))
        {
            var text = Encoding.UTF8.GetString(files.ReadAllBytes(path)).TrimStart('\uFEFF');
            loaded._files[path] = BibtexReader.Read(path, text, diagnostics);
        }

        return loaded;
    }

    /// <summary>The files a post cites from, its own first; empty when citations are off for it.</summary>
    public IReadOnlyList<BibliographyFile> For(Post post)
    {
        var own = _postFiles.GetValueOrDefault(post.SourcePath) ?? [];
        return own.Concat(_siteFiles).Distinct(StringComparer.Ordinal).Select(p => _files[p]).ToList();
    }

    /// <summary>A front matter path: beside the post first, then from the site's folder; null when neither is a file.</summary>
    public static string? Resolve(Post post, string written, ISiteFileSystem files)
    {
        foreach (var candidate in Candidates(post, written))
        {
            if (candidate is not null && files.FileExists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Where a front matter path may point, in the order they are tried.</summary>
    public static IEnumerable<string?> Candidates(Post post, string written)
    {
        if (!written.StartsWith('/'))
        {
            yield return Combine(SitePath.Directory(post.SourcePath), written);
        }

        yield return Combine("", written);
    }

    private static string? Combine(string folder, string relative)
    {
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in relative.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    private static void Missing(DiagnosticBag diagnostics, SourceLocation location, string written) =>
        diagnostics.Error(DiagnosticIds.BibliographyMissing, location, $"The bibliography '{written}' is not a file of the site.",
            "Give the path of a .bib file relative to the post, or to the site's folder (references.bib).");
}
