using Inkstone.Diagnostics;

namespace Inkstone.Markdown.Liquid;

/// <summary>Reports what a template cannot do, each problem once at its place; the template renders without the part in question.</summary>
internal sealed class TemplateProblems(Action<Diagnostic> report, bool strict, TemplateDialect dialect)
{
    public void Add(Diagnostic diagnostic) => report(diagnostic);

    public void UnknownTag(TagCall tag, bool hasBody)
    {
        var evaluatedElsewhere = dialect == TemplateDialect.TagsOnly && (StandardTags.IsBlock(tag.Name) || StandardTags.IsInline(tag.Name) || StandardTags.IsContinuation(tag.Name) || tag.Name is "include" or "assign");
        report(new Diagnostic(DiagnosticIds.UnknownTag, Severity.Warning, tag.Location,
            $"Inkstone does not know the tag '{{% {tag.Name} %}}', so it is left out{(hasBody ? " and what it encloses is shown as it is" : "")}.",
            evaluatedElsewhere
                ? "Liquid in posts is evaluated only in sites from Jekyll and Hexo; write the result in Markdown, or put the text in code."
                : "Write what the tag produced in Markdown, or put the text in code if it is meant to be shown."));
    }

    public void Syntax(SourceLocation location, string message, string? hint = null) =>
        report(new Diagnostic(DiagnosticIds.LiquidSyntax, strict ? Severity.Error : Severity.Warning, location, message,
            hint ?? "Until it is fixed, this part of the template is left out and the rest of the post is shown."));
}
