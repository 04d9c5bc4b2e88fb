using System.Collections.Concurrent;
using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.Data;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// What every post's shortcodes share in one build: the shortcodes Inkstone reads, the site's <c>params</c> (for
/// <c>{{&lt; param &gt;}}</c>), the posts by the paths and names <c>ref</c> takes, and the names of the site's and its
/// themes' own shortcode templates, which cannot be run but are named when used. Each is read once, on first use.
/// </summary>
internal sealed class ShortcodeSite
{
    private static readonly string[] TemplateFolders = ["layouts/shortcodes/", "layouts/_shortcodes/"];
    private readonly Lazy<IReadOnlyDictionary<string, object?>> _params;
    private readonly Lazy<IReadOnlyDictionary<string, string>> _templates;
    private readonly Lazy<PostPaths> _posts;

    public ShortcodeSite(SiteConfig config, SiteLayout layout, ISiteFileSystem files, IReadOnlyCollection<Post> posts)
    {
        Handlers = HugoShortcodeSet.Handlers;
        _params = new(() => config.Params.Count > 0 ? config.Params : HugoParams(layout, files));
        _templates = new(() => Templates(files));
        _posts = new(() => new PostPaths(posts, layout));
    }

    public IReadOnlyDictionary<string, IShortcodeHandler> Handlers { get; }

    /// <summary>The site's <c>params</c>: Inkstone's own, or those of a Hugo site's configuration.</summary>
    public IReadOnlyDictionary<string, object?> Params => _params.Value;

    public PostPaths Posts => _posts.Value;

    public IShortcodeHandler? Find(string name) => Handlers.GetValueOrDefault(name);

    /// <summary>The site's (or a theme's) template of a shortcode, <c>layouts/shortcodes/NAME.html</c>; null when it has none.</summary>
    public string? Template(string name) => _templates.Value.GetValueOrDefault(name);

    private static Dictionary<string, string> Templates(ISiteFileSystem files)
    {
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        var roots = new List<string> { "" };
        if (files.DirectoryExists("themes"))
        {
            roots.AddRange(files.EnumerateFiles("themes").Select(f => f.Split('/')).Where(p => p.Length > 2).Select(p => $"themes/{p[1]}/").Distinct(StringComparer.Ordinal));
        }

        // The site's own templates first: Hugo takes them over a theme's.
        foreach (var folder in roots.SelectMany(r => TemplateFolders.Select(f => r + f)))
        {
            if (!files.DirectoryExists(folder.TrimEnd('/')))
            {
                continue;
            }

            foreach (var file in files.EnumerateFiles(folder.TrimEnd('/')))
            {
                var name = file[folder.Length..];
                name = name[..^Path.GetExtension(name).Length];
                templates.TryAdd(name.EndsWith(".html", StringComparison.Ordinal) ? name[..^5] : name, file);
            }
        }

        return templates;
    }

    /// <summary>A Hugo site's <c>params</c>: the table in its configuration, or <c>config/_default/params.toml</c>.</summary>
    private static Dictionary<string, object?> HugoParams(SiteLayout layout, ISiteFileSystem files)
    {
        var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (layout.Engine != SiteEngine.Hugo)
        {
            return result;
        }

        foreach (var file in layout.ConfigFiles.Where(files.FileExists))
        {
            var map = Importing.ForeignConfig.Read(files, file, new DiagnosticBag());
            var parameters = Path.GetFileNameWithoutExtension(file) == "params" ? map : map["params"] as DataMap;
            foreach (var (key, value) in parameters is null ? [] : DataObjects.ToDictionary(parameters))
            {
                result.TryAdd(key, value);
            }
        }

        return result;
    }
}
