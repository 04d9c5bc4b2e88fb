using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// A Jekyll include compiled for Fluid, or why it cannot be: it is missing, or it uses a tag or syntax Inkstone
/// cannot render. Either way the post that includes it says so once, and shows nothing in its place.
/// </summary>
internal sealed record IncludeTemplate(CompiledTemplate? Template, string? Problem)
{
    public static IncludeTemplate Compile(string path, LiquidSite site)
    {
        if (!site.Files.FileExists(path))
        {
            return new IncludeTemplate(null, $"there is no file {path}");
        }

        var text = System.Text.Encoding.UTF8.GetString(site.Files.ReadAllBytes(path)).TrimStart('\uFEFF').ReplaceLineEndings("\n");
        var source = new SourceText(path, text);
        var problems = new List<Diagnostic>();
        var compiled = TemplateCompiler.Compile(text, site.Tags, site.Parser, source.LocationOf, new TemplateProblems(problems.Add, strict: false, site.Tags.Dialect));
        return problems.Count == 0
            ? new IncludeTemplate(compiled, null)
            : new IncludeTemplate(null, $"{problems[0].Location}: {problems[0].Message.TrimEnd('.')}");
    }
}
