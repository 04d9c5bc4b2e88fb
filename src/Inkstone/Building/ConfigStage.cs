using Inkstone.Configuration;
using Inkstone.Data;
using Inkstone.Diagnostics;
using Inkstone.Importing;
using Inkstone.Templating;

namespace Inkstone.Building;

/// <summary>
/// Reads the site's settings and layout: <c>inkstone.yml</c>, or the configuration of the engine the folder was
/// written for (Jekyll, Hexo, Hugo, MkDocs) with <c>inkstone.yml</c> over it; then applies command-line overrides.
/// </summary>
internal sealed class ConfigStage : IBuildStage
{
    public string Name => "config";

    public void Run(BuildContext context)
    {
        var files = context.SourceFiles;
        var own = SiteConfigLoader.Read(files, context.Diagnostics);
        var engine = SiteDetector.Detect(files, Declared(own, context.Diagnostics));
        if (engine is not { } found)
        {
            SiteConfigLoader.ReportMissing(context.Diagnostics);
            context.Stopped = true;
            return;
        }

        var imported = SiteDetector.Read(files, found, context.Diagnostics);
        var config = own is null ? imported.Config : SiteConfigLoader.Load(own, context.Diagnostics, imported.Config);
        if (context.Options.BaseUrl is { } baseUrl && Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri))
        {
            config = config with { BaseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" };
        }

        var layout = own is null || found == Content.SiteEngine.Inkstone
            ? imported.Layout
            : imported.Layout with { ConfigFiles = [.. imported.Layout.ConfigFiles, SiteConfigLoader.FileName] };
        if (config.FollowLinks)
        {
            files = files.FollowingLinksOutOfTheSite();
        }

        var theme = new ThemeFiles(files);
        context.Set(new ConfiguredSite(config, layout, files, theme, new TemplateRenderer(theme, config, context.Now, context.Diagnostics)));
    }

    /// <summary>The engine <c>from:</c> names; an unknown name is reported and ignored.</summary>
    private static Content.SiteEngine? Declared(DataMap? own, DiagnosticBag diagnostics)
    {
        if (own?["from"] is not DataScalar from)
        {
            return null;
        }

        var engine = SiteDetector.Parse(from.Text);
        if (engine is null)
        {
            diagnostics.Error(DiagnosticIds.ConfigInvalidValue, from.Location, $"'from: {from.Text}' names no engine Inkstone reads.",
                "Use inkstone, jekyll, hexo, hugo or mkdocs.");
        }

        return engine;
    }
}
