using Inkstone.Caching;
using Inkstone.Content;
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
            MarkdownPipelineFactory.Create(context.Config.Math.BracketDelimiters, context.Config.Language == Configuration.SiteLanguage.English),
            all.ToDictionary(p => p.SourcePath, StringComparer.Ordinal),
            context.Files,
            context.Diagnostics,
            context.Caches.Highlights,
            new Inkstone.Math.MathCompiler(),
            Inkstone.Math.MathMacroTable.FromDefinitions(context.Config.Math.Macros),
            context.Options.Strict);
        context.RenderContext = render;
        var rendered = new RenderedPost[all.Count];
        if (OpenCache(context) is { } cache)
        {
            var renderer = new CachingPostRenderer(render, cache, RenderCacheKey.Settings(context.Files, context.Options));
            Parallel.For(0, all.Count, i => rendered[i] = renderer.Render(all[i]));
            cache.Save();
            context.PostsFromCache = cache.Hits;
        }
        else
        {
            Parallel.For(0, all.Count, i => rendered[i] = PostRenderer.Render(all[i], render));
        }

        AnchorChecker.Check(rendered, context.Diagnostics);
        context.Posts = rendered.Where(r => r.Post.Kind == PostKind.Post).ToList();
        context.Pages = rendered.Where(r => r.Post.Kind == PostKind.Page).ToList();
    }

    /// <summary>The build's disk cache, kept in <see cref="BuildCaches"/> so a server's rebuilds do not read it again.</summary>
    private static RenderCache? OpenCache(BuildContext context)
    {
        if (context.CacheDirectory is not { } directory)
        {
            return null;
        }

        var cache = context.Caches.Renders is { } kept && kept.Directory == directory ? kept : RenderCache.Open(directory);
        context.Caches.Renders = cache;
        cache.BeginBuild();
        return cache;
    }
}
