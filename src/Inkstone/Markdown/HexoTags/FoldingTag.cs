using Inkstone.Markdown.Callouts;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// Collapsed sections as callouts that fold (a <c>&lt;details&gt;</c>, which works without a script): Volantis's and
/// Butterfly's <c>{% folding [colour] [open], title %}</c>, and Butterfly's <c>{% hideToggle title %}</c> and
/// <c>{% hideBlock title %}</c> (whose background and colour arguments are left out).
/// </summary>
internal sealed class FoldingTag(bool styleFirst) : ITagHandler
{
    public TagShape Shape => TagShape.Block;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var parts = HexoArguments.Commas(tag.Arguments);
        var (style, title) = styleFirst && parts.Count > 1 ? (parts[0], string.Join(", ", parts.Skip(1))) : ("", parts[0]);
        var kind = CalloutKind.Note;
        var fold = CalloutFold.Collapsed;
        foreach (var word in style.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "open" or "open:true")
            {
                fold = CalloutFold.Expanded;
            }
            else if (NoteKinds.TryParse(word.Replace("color:", "", StringComparison.Ordinal), out var parsed))
            {
                kind = parsed;
            }
        }

        var block = new CalloutTagBlock(kind, title.Length > 0 ? title : null, [styleFirst ? "folding" : "hide"], fold);
        return run.Blocks.Container(tag, block, body ?? "");
    }
}
