namespace Inkstone.Markdown.Liquid;

/// <summary>A post's body with its template rendered: the Markdown to parse, where its lines came from, and the blocks its tags asked for.</summary>
internal sealed record PostTemplateResult(string Markdown, LineMap Lines, TagBlocks? Blocks)
{
    public static PostTemplateResult Unchanged(string body) => new(body, LineMap.Identity, null);
}
