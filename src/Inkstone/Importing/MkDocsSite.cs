using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.Data;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Importing;

/// <summary>
/// Reads an MkDocs site: <c>mkdocs.yml</c>, every Markdown file under <c>docs/</c> (or <c>docs_dir</c>) a page at
/// its path, <c>nav</c> for titles and the menu, the other files of <c>docs/</c> copied beside the pages. With the
/// Material blog plugin, <c>docs/blog/posts/</c> holds posts. Without posts, <c>docs/index.md</c> is the home page.
/// </summary>
internal static class MkDocsSite
{
    public const string ConfigFile = "mkdocs.yml";

    public static bool Recognizes(ISiteFileSystem files) => files.FileExists(ConfigFile) || files.FileExists("mkdocs.yaml");

    public static ImportedSite Read(ISiteFileSystem files, DiagnosticBag diagnostics)
    {
        var file = files.FileExists(ConfigFile) ? ConfigFile : "mkdocs.yaml";
        var map = ForeignConfig.Read(files, file, diagnostics);
        var settings = new SettingsMap(file, diagnostics);
        settings.Set("title", settings.Text(map, "site_name"), "site_name", (c, v) => c with { Title = v });
        settings.Set("description", settings.Text(map, "site_description"), "site_description", (c, v) => c with { Description = v });
        settings.BaseUrl(settings.Text(map, "site_url"), null, "site_url");
        settings.Set("author", settings.Text(map, "site_author") is { } author ? new Author(author, null, null) : null, "site_author", (c, v) => c with { Author = v }, v => v.Name);
        settings.Language(settings.Text(map["theme"] as DataMap ?? DataMap.Empty(""), "language"), "theme.language");

        var docs = (settings.Text(map, "docs_dir") ?? "docs").Trim('/');
        ForeignMarkdown.PythonMarkdown(map, docs, settings);
        var directoryUrls = settings.Bool(map["use_directory_urls"]) ?? true;
        var nav = MkDocsNav.Read(map["nav"], docs, directoryUrls);
        if (nav.Menu.Count > 0)
        {
            settings.Set("menu", nav.Menu, "nav", (c, v) => c with { Menu = v }, v => string.Join(", ", v.Select(i => $"{i.Name} {i.Url}")));
        }

        var blog = Blog(map, docs);
        var roots = new List<ContentRoot>();
        if (blog is not null)
        {
            var posts = $"{docs}/{blog.Directory}/posts";
            roots.Add(new ContentRoot(posts, PostKind.Post, new MkDocsUrls(directoryUrls, blog)) { Bundles = false, DatedNames = false });
            settings.Note("posts", posts + "/", "plugins: blog");
        }

        roots.Add(new ContentRoot(docs, PostKind.Page, new MkDocsUrls(directoryUrls)) { Bundles = false, DatedNames = false, Titles = nav.Titles, ReadsDraftFlag = false });
        var layout = new SiteLayout
        {
            Engine = SiteEngine.MkDocs,
            ConfigFiles = [file],
            ContentRoots = roots,
            StaticRoots = [new StaticRoot(docs) { Includes = p => !ContentLoader.IsMarkdown(p) && !Path.GetFileName(p).StartsWith('.') }],
            SourceFolders = [docs, "overrides", "theme"],
            OutputFolder = (settings.Text(map, "site_dir") ?? "site").Trim('/'),
            HeadingIds = HeadingIdStyle.PythonMarkdown,
            HomeFromPage = true,
            PostListUrl = blog is null ? "/" : "/" + blog.Directory + "/",
        };
        return new ImportedSite(settings.Config, layout with { Mapping = settings.Sources });
    }

    private static MkDocsBlog? Blog(DataMap map, string docs)
    {
        if (map["plugins"] is not DataList plugins)
        {
            return null;
        }

        foreach (var plugin in plugins.Items)
        {
            var (name, options) = plugin switch
            {
                DataScalar s => (s.Text, DataMap.Empty("")),
                DataMap m when m.Entries.Count == 1 => (m.Entries[0].Key, m.Entries[0].Value as DataMap ?? DataMap.Empty("")),
                _ => ("", DataMap.Empty("")),
            };
            if (name is "blog" or "material/blog")
            {
                return new MkDocsBlog(
                    ((options["blog_dir"] as DataScalar)?.Text ?? "blog").Trim('/', '.'),
                    (options["post_url_format"] as DataScalar)?.Text ?? "{date}/{slug}",
                    DateFormat((options["post_url_date_format"] as DataScalar)?.Text ?? "yyyy/MM/dd"));
            }
        }

        return null;
    }

    /// <summary>Babel's date patterns (the plugin's) as .NET's: they agree on yyyy, MM and dd, the ones used in URLs.</summary>
    private static string DateFormat(string babel) => babel.Replace("'", "", StringComparison.Ordinal);
}
