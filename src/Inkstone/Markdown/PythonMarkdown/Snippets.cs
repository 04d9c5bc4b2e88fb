using Inkstone.Content;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.PythonMarkdown;

/// <summary>Puts a post's snippets in place and keeps what the parser finds afterwards reported at the lines the writer wrote.</summary>
internal static class Snippets
{
    public static PostTemplateResult Expand(Post post, PostTemplateResult template, PostRenderContext context)
    {
        var firstBodyLine = post.Source.LocationOf(post.BodyOffset).Line;
        var expanded = SnippetExpander.Expand(template.Markdown, post.SourcePath, firstBodyLine, context);
        if (ReferenceEquals(expanded, template.Markdown) || !template.Lines.IsIdentity)
        {
            return template with { Markdown = expanded };
        }

        return template with { Markdown = expanded, Lines = LineMap.Between(template.Markdown, expanded) };
    }
}
