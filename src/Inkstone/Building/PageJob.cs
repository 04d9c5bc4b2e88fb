using Inkstone.Markdown;

namespace Inkstone.Building;

/// <summary>One HTML page to render: where it goes, with which template and model, and the posts it shows.</summary>
/// <param name="Owner">The source path of the post or page this is the page of; null for list pages.</param>
internal sealed record PageJob(string Url, string Template, Dictionary<string, object?> Model, IReadOnlyList<RenderedPost> Shows, string? Owner)
{
    /// <summary>The template is a whole document, not rendered inside <c>base.liquid</c> (redirects).</summary>
    public bool Bare { get; init; }
}
