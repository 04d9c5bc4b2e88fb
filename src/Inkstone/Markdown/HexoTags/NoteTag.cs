using Inkstone.Markdown.Callouts;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// NexT's and Butterfly's <c>{% note [class] [no-icon] [flat|modern|simple|disabled] [title] %}</c> (and Butterfly's
/// <c>{% note [colour] ['fas fa-icon'] [style] %}</c>) as a callout: the class or colour gives its kind, the styles
/// become modifiers, an icon is left out, and the words left are its title.
/// </summary>
internal sealed class NoteTag : ITagHandler
{
    private static readonly HashSet<string> Styles = new(StringComparer.OrdinalIgnoreCase) { "no-icon", "flat", "modern", "simple", "disabled" };

    public TagShape Shape => TagShape.Block;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        CalloutKind? kind = null;
        var modifiers = new List<string>();
        var title = new List<string>();
        foreach (var argument in HexoArguments.Split(tag.Arguments))
        {
            if (kind is null && title.Count == 0 && NoteKinds.TryParse(argument, out var parsed))
            {
                kind = parsed;
            }
            else if (Styles.Contains(argument))
            {
                modifiers.Add(argument.ToLowerInvariant());
            }
            else if (!NoteKinds.IsIcon(argument))
            {
                title.Add(argument);
            }
        }

        var block = new CalloutTagBlock(kind ?? CalloutKind.Note, title.Count > 0 ? string.Join(' ', title) : null, modifiers);
        return run.Blocks.Container(tag, block, body ?? "");
    }
}
