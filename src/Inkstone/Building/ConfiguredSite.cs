using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.FileSystem;
using Inkstone.Templating;

namespace Inkstone.Building;

/// <summary>What the config stage makes: the site's settings and layout, the files every later stage reads, and the theme with its renderer.</summary>
/// <param name="Files">The site's files; one that follows links out of the site when the config says so (<c>follow_links</c>).</param>
/// <param name="Layout">Where the site keeps its sources and how they get URLs: Inkstone's layout or an imported engine's.</param>
internal sealed record ConfiguredSite(SiteConfig Config, SiteLayout Layout, ISiteFileSystem Files, ThemeFiles Theme, TemplateRenderer Templates);
