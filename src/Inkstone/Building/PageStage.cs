using Inkstone.Caching;
using Inkstone.Output;

namespace Inkstone.Building;

/// <summary>
/// Renders every HTML page through the theme: the paginated index, posts, standalone pages,
/// category and tag lists, series, archives and the 404 page. Pages are independent, so they render in parallel.
/// A full build takes pages whose model and templates are unchanged from the disk cache.
/// </summary>
internal sealed class PageStage : IBuildStage
{
    public string Name => "pages";

    public void Run(BuildContext context)
    {
        var jobs = PagePlanner.Plan(context);
        using var cached = context.Cache is { } cache ? CachingPageRenderer.Create(cache, context.CacheSettings, context.Files) : null;
        if (cached is null)
        {
            Render(context, jobs);
            return;
        }

        Write(context, jobs, job => cached.Render(job, () => context.Templates.RenderPage(job.Template, job.Model)));
        context.PagesFromCache = cached.Hits;
    }

    public static int Render(BuildContext context, IReadOnlyList<PageJob> jobs) =>
        Write(context, jobs, job => context.Templates.RenderPage(job.Template, job.Model) is { } html ? System.Text.Encoding.UTF8.GetBytes(html) : null);

    private static int Write(BuildContext context, IReadOnlyList<PageJob> jobs, Func<PageJob, byte[]?> render)
    {
        var written = 0;
        Parallel.For(0, jobs.Count, i =>
        {
            var job = jobs[i];
            if (render(job) is { } bytes)
            {
                context.Output.Write(OutputPath.ForUrl(job.Url), bytes);
                Interlocked.Increment(ref written);
            }
        });
        return written;
    }
}
