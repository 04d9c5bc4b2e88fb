using Inkstone.Caching;
using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.Markdown;

namespace Inkstone.Building;

/// <summary>Renders every post and page's Markdown in parallel.</summary>
internal sealed class MarkdownStage : IBuildStage
{
    public string Name => "markdown";

    public void Run(BuildContext context)
    {
        var site = context.Site;
        var config = site.Config;
        var content = context.Content;
        var all = content.Posts.Concat(content.Pages).ToList();
        var render = new PostRenderContext(
            config,
            MarkdownPipelineFactory.Create(config.Math.BracketDelimiters, config.Language == Configuration.SiteLanguage.English, config.Markdown, config.Math.CodeDelimiters),
            all.ToDictionary(p => p.SourcePath, StringComparer.Ordinal),
            site.Files,
            context.Diagnostics,
            context.Caches.Highlights,
            new Inkstone.Math.MathCompiler(),
            Markdown.Math.MacroTableBuilder.ForSite(config.Math, context.Diagnostics, context.Options.Strict),
            context.Options.Strict)
        {
            Layout = site.Layout,
            Words = Templating.UiStrings.Words(site.Theme, config.LanguageTag),
            Graphviz = context.Caches.Graphviz,
            PublishedStatic = content.StaticFiles.ToDictionary(f => f.Value, f => f.Key, StringComparer.Ordinal),
            StaticByOutput = content.StaticFiles,
            PostsByUrl = all.GroupBy(p => p.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
            Liquid = new Markdown.Liquid.LiquidSite(config, site.Layout, site.Files, all, context.Content.Data, PostTags.For(site.Layout.Engine), context.Now),
            Shortcodes = new Markdown.HugoShortcodes.ShortcodeSite(config, site.Layout, site.Files, all),
            Bibliographies = Markdown.Citations.SiteBibliographies.Load(config.Citations, all, site.Files, context.Diagnostics),
            RenderHooks = Markdown.RenderHooks.RenderHookTemplates.Parse(
                name => site.Theme.IsOverridden(name) ? site.Theme.ReadTemplate(name) : null, context.Diagnostics),
        };
        var rendered = new RenderedPost[all.Count];
        var done = 0;
        var fromCache = 0;
        void Rendered() => context.Options.Progress?.Report(new BuildProgress(Name, Interlocked.Increment(ref done), all.Count));
        if (context.Cache.Renders is { } cache)
        {
            context.Caches.Decoded?.BeginBuild();
            var renderer = new CachingPostRenderer(render, cache, context.Cache.Settings, context.Caches.Decoded);
            Parallel.For(0, all.Count, i =>
            {
                rendered[i] = SourceFileFailure.Naming(all[i].SourcePath, () => renderer.Render(all[i]));
                Rendered();
            });
            fromCache = renderer.Hits;
        }
        else
        {
            Parallel.For(0, all.Count, i =>
            {
                rendered[i] = SourceFileFailure.Naming(all[i].SourcePath, () => PostRenderer.Render(all[i], render));
                Rendered();
            });
        }

        AnchorChecker.Check(rendered, context.Diagnostics);
        context.Set(new RenderedSite(
            rendered.Where(r => r.Post.Kind == PostKind.Post).ToList(),
            rendered.Where(r => r.Post.Kind == PostKind.Page).ToList(),
            fromCache));
    }
}
