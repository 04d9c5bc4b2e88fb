namespace Inkstone.Markdown.Liquid;

/// <summary>What one tag (<c>{% note %}</c>, <c>{% post_url %}</c>) writes into the Markdown in its place.</summary>
internal interface ITagHandler
{
    TagShape Shape { get; }

    /// <param name="body">A block's content, already rendered; a code tag's code; null for an inline tag.</param>
    /// <returns>Markdown (or inline HTML) that says what the tag meant.</returns>
    string Render(TagCall tag, string? body, TemplateRun run);
}
