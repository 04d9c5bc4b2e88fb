using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Importing;

/// <summary>
/// Tells which engine a site folder was written for, from the files each engine needs: <c>inkstone.yml</c>,
/// <c>mkdocs.yml</c>, <c>hugo.toml</c> (or <c>config.toml</c> with <c>content/</c>), Hexo's <c>_config.yml</c> with
/// <c>source/_posts/</c>, Jekyll's <c>_config.yml</c>. A foreign engine's files win over an <c>inkstone.yml</c> added later
/// (its settings override the old ones); <c>from: inkstone</c> (or another name) in <c>inkstone.yml</c> settles it.
/// </summary>
internal static class SiteDetector
{
    /// <param name="declared">The engine <c>inkstone.yml</c> names with <c>from:</c>, if any.</param>
    public static SiteEngine? Detect(ISiteFileSystem files, SiteEngine? declared = null)
    {
        if (declared is { } engine)
        {
            return engine;
        }

        if (MkDocsSite.Recognizes(files))
        {
            return SiteEngine.MkDocs;
        }

        if (HugoSite.Recognizes(files))
        {
            return SiteEngine.Hugo;
        }

        if (files.FileExists(HexoSite.ConfigFile))
        {
            return HexoSite.Recognizes(files) ? SiteEngine.Hexo : SiteEngine.Jekyll;
        }

        return Configuration.SiteConfigLoader.Exists(files) ? SiteEngine.Inkstone : null;
    }

    /// <summary>The settings and layout of a site written for <paramref name="engine"/>.</summary>
    public static ImportedSite Read(ISiteFileSystem files, SiteEngine engine, DiagnosticBag diagnostics) => engine switch
    {
        SiteEngine.Jekyll => JekyllSite.Read(files, diagnostics),
        SiteEngine.Hexo => HexoSite.Read(files, diagnostics),
        SiteEngine.Hugo => HugoSite.Read(files, diagnostics),
        SiteEngine.MkDocs => MkDocsSite.Read(files, diagnostics),
        _ => new ImportedSite(new Configuration.SiteConfig(), SiteLayout.Inkstone),
    };

    /// <summary>The engine a name in <c>from:</c> means.</summary>
    public static SiteEngine? Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "inkstone" => SiteEngine.Inkstone,
        "jekyll" => SiteEngine.Jekyll,
        "hexo" => SiteEngine.Hexo,
        "hugo" => SiteEngine.Hugo,
        "mkdocs" => SiteEngine.MkDocs,
        _ => null,
    };
}
