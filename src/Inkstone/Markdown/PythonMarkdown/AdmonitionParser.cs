using System.Text.RegularExpressions;
using Inkstone.Markdown.Callouts;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.PythonMarkdown;

/// <summary>
/// Reads Python-Markdown's admonitions (<c>!!! note "Title"</c>) and pymdownx.details' collapsible ones (<c>???</c>
/// closed, <c>???+</c> open) as <see cref="CalloutBlock"/>s, whose body is the lines indented under them.
/// </summary>
internal sealed partial class AdmonitionParser : BlockParser
{
    private readonly bool _admonitions;
    private readonly bool _details;

    public AdmonitionParser(bool admonitions, bool details)
    {
        _admonitions = admonitions;
        _details = details;
        OpeningCharacters = [.. (admonitions ? "!" : ""), .. (details ? "?" : "")];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var match = Opening().Match(line.ToString());
        if (!match.Success)
        {
            return BlockState.None;
        }

        var marker = match.Groups["marker"].Value;
        if ((marker == "!!!" && !_admonitions) || (marker != "!!!" && !_details))
        {
            return BlockState.None;
        }

        // pymdownx.details takes a title without a type (??? "Title"); an admonition needs its type.
        var types = match.Groups["types"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (types.Length == 0 && (marker == "!!!" || !match.Groups["title"].Success))
        {
            return BlockState.None;
        }

        var type = types.Length > 0 ? types[0] : "note";
        var kind = CalloutKinds.TryParse(type, out var known) ? known : CalloutKind.Note;
        var title = match.Groups["title"].Success ? match.Groups["title"].Value : DefaultTitle(type);
        processor.NewBlocks.Push(new CalloutBlock(this)
        {
            Kind = kind,
            Title = title,
            Fold = marker switch { "???" => CalloutFold.Collapsed, "???+" => CalloutFold.Expanded, _ => CalloutFold.None },
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        });
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block) => IndentedBody.Continue(processor, block);

    /// <summary>
    /// The site's own title for the five kinds it styles; another type's name as MkDocs showed it ("Example"), since
    /// that word is what the writer chose.
    /// </summary>
    private static string? DefaultTitle(string type) =>
        type.ToLowerInvariant() is "note" or "tip" or "important" or "warning" or "caution" ? null : char.ToUpperInvariant(type[0]) + type[1..].ToLowerInvariant();

    [GeneratedRegex("""^(?<marker>!!!|\?\?\?\+?)[ \t]+(?<types>[\w-]+(?:[ \t]+[\w-]+)*)?(?:[ \t]*"(?<title>[^"]*)")?[ \t]*$""")]
    private static partial Regex Opening();
}
