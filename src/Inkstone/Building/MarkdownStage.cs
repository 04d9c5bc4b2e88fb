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
        var all = context.Content.Posts.Concat(context.Content.Pages).ToList();
        var render = new PostRenderContext(
            context.Config,
            MarkdownPipelineFactory.Create(context.Config.Math.BracketDelimiters, context.Config.Language == Configuration.SiteLanguage.English, context.Config.Markdown, context.Config.Math.CodeDelimiters),
            all.ToDictionary(p => p.SourcePath, StringComparer.Ordinal),
            context.Files,
            context.Diagnostics,
            context.Caches.Highlights,
            new Inkstone.Math.MathCompiler(),
            Markdown.Math.MacroTableBuilder.ForSite(context.Config.Math, context.Diagnostics, context.Options.Strict),
            context.Options.Strict)
        {
            Layout = context.Layout,
            PublishedStatic = context.Content.StaticFiles.ToDictionary(f => f.Value, f => f.Key, StringComparer.Ordinal),
            StaticByOutput = context.Content.StaticFiles,
            PostsByUrl = all.GroupBy(p => p.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
            Liquid = new Markdown.Liquid.LiquidSite(context.Config, context.Layout, context.Files, all, PostTags.For(context.Layout.Engine), context.Now, context.Diagnostics),
            Shortcodes = new Markdown.HugoShortcodes.ShortcodeSite(context.Config, context.Layout, context.Files, all),
            RenderHooks = Markdown.RenderHooks.RenderHookTemplates.Parse(
                name => context.Theme.IsOverridden(name) ? context.Theme.ReadTemplate(name) : null, context.Diagnostics),
        };
        context.RenderContext = render;
        var rendered = new RenderedPost[all.Count];
        var done = 0;
        void Rendered() => context.Options.Progress?.Report(new BuildProgress(Name, Interlocked.Increment(ref done), all.Count));
        if (context.Cache is { } cache)
        {
            context.Caches.Decoded?.BeginBuild();
            var renderer = new CachingPostRenderer(render, cache, context.CacheSettings, context.Caches.Decoded);
            Parallel.For(0, all.Count, i =>
            {
                rendered[i] = SourceFileFailure.Naming(all[i].SourcePath, () => renderer.Render(all[i]));
                Rendered();
            });
            context.PostsFromCache = renderer.Hits;
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
        context.Posts = rendered.Where(r => r.Post.Kind == PostKind.Post).ToList();
        context.Pages = rendered.Where(r => r.Post.Kind == PostKind.Page).ToList();
    }

}
