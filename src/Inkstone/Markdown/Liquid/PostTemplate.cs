using Fluid;
using Inkstone.Content;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// Renders a post's body as the template its engine made of it, before Markdown, as Jekyll and Hexo did: Liquid
/// (<c>{{ site.baseurl }}</c>, <c>{% if %}</c>) where the site came from one of them, and everywhere the tags Inkstone
/// reads (<c>{% note %}</c>, <c>{% highlight %}</c>, <c>{% post_url %}</c>). A body without <c>{%</c> (or <c>{{</c>
/// where Liquid is evaluated) is returned as it is, at no cost. Problems are reported at their line and column and
/// never stop the post: an unknown tag or unreadable Liquid is left out, and the rest renders.
/// </summary>
internal static class PostTemplate
{
    public static PostTemplateResult Render(Post post, PostRenderContext context)
    {
        var body = post.Body;
        var site = context.Liquid;
        if (site is null || !IsTemplate(body, site.Tags.Dialect))
        {
            return PostTemplateResult.Unchanged(body);
        }

        var problems = new TemplateProblems(context.Diagnostics.Add, context.Strict, site.Tags.Dialect);
        var compiled = TemplateCompiler.Compile(body, site.Tags, site.Parser, offset => post.Source.LocationOf(post.BodyOffset + offset), problems);
        var run = new TemplateRun(post, context, site, compiled.Pieces);
        var output = Render(compiled, run, Variables(post, site, context));
        if (output is null)
        {
            // Liquid that failed while running (a loop that never ends): reported, and the post is shown without its Liquid.
            var plain = TemplateCompiler.Compile(body, site.Tags.WithoutLiquid(), site.Parser, offset => post.Source.LocationOf(post.BodyOffset + offset), new TemplateProblems(_ => { }, false, TemplateDialect.TagsOnly));
            run = new TemplateRun(post, context, site, plain.Pieces);
            output = Render(plain, run, new Dictionary<string, object?>()) ?? body;
        }

        return new PostTemplateResult(output, LineMap.Between(body, output), run.Blocks.IsEmpty ? null : run.Blocks);

        string? Render(CompiledTemplate template, TemplateRun templateRun, IReadOnlyDictionary<string, object?> variables)
        {
            var fluid = new TemplateContext(site.Options);
            foreach (var (name, value) in variables)
            {
                fluid.SetValue(name, value);
            }

            templateRun.Attach(fluid);
            try
            {
                return template.Template.Render(fluid, NullEncoder.Default);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or InvalidCastException or NullReferenceException or IndexOutOfRangeException)
            {
                problems.Syntax(post.Source.LocationOf(post.BodyOffset + FirstLiquid(body)), $"The post's Liquid failed while rendering: {e.Message}",
                    "Look for a loop without end or an include that includes itself; the post is shown without its Liquid until then.");
                return null;
            }
        }
    }

    /// <summary>Where the body's Liquid starts, to report a failure of the whole template there.</summary>
    private static int FirstLiquid(string body)
    {
        var tag = body.IndexOf("{%", StringComparison.Ordinal);
        var output = body.IndexOf("{{", StringComparison.Ordinal);
        return System.Math.Max(0, tag < 0 ? output : output < 0 ? tag : System.Math.Min(tag, output));
    }

    /// <summary>Whether the body has anything for the template to do.</summary>
    private static bool IsTemplate(string body, TemplateDialect dialect) =>
        body.Contains("{%", StringComparison.Ordinal) ||
        (dialect != TemplateDialect.TagsOnly && body.Contains("{{", StringComparison.Ordinal)) ||
        (dialect == TemplateDialect.Nunjucks && body.Contains("{#", StringComparison.Ordinal));

    private static IReadOnlyDictionary<string, object?> Variables(Post post, LiquidSite site, PostRenderContext context)
    {
        switch (site.Tags.Dialect)
        {
            case TemplateDialect.Liquid:
                foreach (var file in site.DataFiles)
                {
                    context.Dependencies?.FileStamp(file, site.Files.FileStamp(file));
                }

                return new Dictionary<string, object?>(StringComparer.Ordinal) { ["site"] = site.Site, ["page"] = PageVariables.Jekyll(post) };
            case TemplateDialect.Nunjucks:
                return PageVariables.Hexo(post, context.Config);
            default:
                return new Dictionary<string, object?>();
        }
    }
}
