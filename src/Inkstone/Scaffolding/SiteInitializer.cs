using System.Globalization;
using System.Text;
using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Importing;

namespace Inkstone.Scaffolding;

/// <summary>
/// <c>inkstone init</c>: writes the <c>inkstone.yml</c> that says what Inkstone read from a site brought from another
/// engine, each setting with a comment naming where it came from, so the writer can see it and own it.
/// </summary>
public static class SiteInitializer
{
    /// <returns>The path of the file written.</returns>
    /// <exception cref="IOException">The site has an inkstone.yml already, or the folder is no site Inkstone reads.</exception>
    public static string Init(string siteDirectory)
    {
        var path = Path.Combine(siteDirectory, SiteConfigLoader.FileName);
        if (File.Exists(path))
        {
            throw new IOException($"'{path}' exists already; edit it, or delete it to write it again.");
        }

        var files = new PhysicalFileSystem(siteDirectory);
        var engine = SiteDetector.Detect(files) ?? throw new IOException($"'{siteDirectory}' is not a Jekyll, Hexo, Hugo or MkDocs site, so there is nothing to read; 'inkstone new site DIR' makes a new one.");
        var diagnostics = new DiagnosticBag();
        var site = SiteDetector.Read(files, engine, diagnostics);
        File.WriteAllText(path, Describe(engine, site), new UTF8Encoding(false));
        return path;
    }

    /// <summary>The text of the file: the engine, every setting taken with its source, and what was read but is not a setting.</summary>
    internal static string Describe(SiteEngine engine, ImportedSite site)
    {
        var name = engine.ToString();
        var config = site.Config;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Written by 'inkstone init' for this {name} site. Inkstone reads the folder as {name} lays it out, and");
        text.AppendLine("# each setting below was taken from the old configuration. A setting here wins over the old file:");
        text.AppendLine("# edit it to change the site, or delete the line to follow the old file again.");
        text.AppendLine(CultureInfo.InvariantCulture, $"from: {name.ToLowerInvariant()}");
        var from = site.Layout.Mapping.GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.First().From, StringComparer.Ordinal);
        void Line(string key, string yaml)
        {
            if (from.TryGetValue(key, out var source))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{key}: {yaml}    # {source}");
            }
        }

        Line("title", YamlString.Quote(config.Title));
        Line("description", YamlString.Quote(config.Description));
        Line("base_url", YamlString.Quote(config.BaseUrl));
        Line("language", config.LanguageTag);
        Line("timezone", config.TimeZone.Id);
        Line("posts_per_page", config.PostsPerPage.ToString(CultureInfo.InvariantCulture));
        Line("author", $"{{ name: {YamlString.Quote(config.Author.Name)}{(config.Author.Email is { } email ? $", email: {YamlString.Quote(email)}" : "")} }}");
        if (from.TryGetValue("menu", out var menuSource))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"menu:    # {menuSource}");
            foreach (var item in config.Menu)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  - {{ name: {YamlString.Quote(item.Name)}, url: {YamlString.Quote(item.Url)} }}");
            }
        }

        var notes = site.Layout.Mapping.Where(m => m.Key is not ("title" or "description" or "base_url" or "language" or "timezone" or "posts_per_page" or "author" or "menu")).ToList();
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Read from the {name} files as they are (they stay in charge of these):");
        text.AppendLine(CultureInfo.InvariantCulture, $"#   output folder: {site.Layout.OutputFolder}/");
        foreach (var note in notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"#   {note.Key}: {note.Value}    ({note.From})");
        }

        return text.ToString();
    }

}
