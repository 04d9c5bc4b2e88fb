using Inkstone.Content;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>The tags of Hexo itself and of its two most used themes, NexT and Butterfly, by the names they register.</summary>
internal static class HexoTagSet
{
    public static IEnumerable<KeyValuePair<string, ITagHandler>> For(SiteEngine engine)
    {
        var note = new NoteTag();
        yield return new("note", note);
        yield return new("subnote", note);

        var code = new CodeBlockTag();
        yield return new("codeblock", code);
        yield return new("code", code);
    }
}
