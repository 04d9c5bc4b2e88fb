using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.PythonMarkdown;

/// <summary>A key combination written <c>++ctrl+alt+del++</c> (pymdownx.keys), each key by the name it is shown with.</summary>
internal sealed class KeysInline : LeafInline
{
    public required IReadOnlyList<string> Keys { get; init; }
}
