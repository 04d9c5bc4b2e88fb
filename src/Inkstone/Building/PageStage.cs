using System.Text;
using Inkstone.Output;

namespace Inkstone.Building;

/// <summary>
/// Renders every HTML page through the theme: the paginated index, posts, standalone pages,
/// category and tag lists, series, archives and the 404 page. Pages are independent, so they render in
/// parallel; a page made from the same inputs as the published one is kept instead (<see cref="PageInputs"/>).
/// </summary>
internal sealed class PageStage : IBuildStage
{
    public string Name => "pages";

    public void Run(BuildContext context)
    {
        var jobs = PagePlanner.Plan(context);
        var inputs = PageInputs.For(context);
        var templates = context.Site.Templates;
        Parallel.For(0, jobs.Count, i =>
        {
            var job = jobs[i];
            var path = OutputPath.ForUrl(job.Url);
            var digest = inputs?.Of(job);
            if (digest is { } kept && context.Output.TryKeep(path, kept))
            {
                return;
            }

            var html = job.Bare ? templates.Render(job.Template, job.Model, null) : templates.RenderPage(job.Template, job.Model);
            if (html is null)
            {
                return;
            }

            context.Output.Write(path, Encoding.UTF8.GetBytes(html), digest);
        });
    }
}
