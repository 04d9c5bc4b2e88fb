using Inkstone.Output;

namespace Inkstone.Building;

/// <summary>
/// Renders every HTML page through the theme: the paginated index, posts, standalone pages,
/// category and tag lists, series, archives and the 404 page. Pages are independent, so they render in parallel.
/// </summary>
internal sealed class PageStage : IBuildStage
{
    public string Name => "pages";

    public void Run(BuildContext context) => Render(context, PagePlanner.Plan(context));

    public static int Render(BuildContext context, IReadOnlyList<PageJob> jobs)
    {
        var written = 0;
        Parallel.For(0, jobs.Count, i =>
        {
            var job = jobs[i];
            var html = context.Templates.RenderPage(job.Template, job.Model);
            if (html is not null)
            {
                context.Output.WriteText(OutputPath.ForUrl(job.Url), html);
                Interlocked.Increment(ref written);
            }
        });
        return written;
    }
}
