using System.Collections.Frozen;

namespace Inkstone.Configuration;

/// <summary>The Python-Markdown and pymdownx extensions whose syntax Inkstone reads, by the names <c>mkdocs.yml</c> gives them.</summary>
internal static class PythonMarkdownExtensions
{
    public const string Admonition = "admonition";
    public const string Details = "pymdownx.details";
    public const string Tabbed = "pymdownx.tabbed";
    public const string Snippets = "pymdownx.snippets";
    public const string AttrList = "attr_list";
    public const string MdInHtml = "md_in_html";
    public const string Keys = "pymdownx.keys";
    public const string Caret = "pymdownx.caret";
    public const string Tilde = "pymdownx.tilde";
    public const string Meta = "meta";
    public const string Toc = "toc";

    public static readonly FrozenSet<string> All =
        new[] { Admonition, Details, Tabbed, Snippets, AttrList, MdInHtml, Keys, Caret, Tilde, Meta, Toc }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The name Inkstone knows for a name in <c>markdown_extensions</c> (<c>markdown.extensions.toc</c> is <c>toc</c>), or null.</summary>
    public static string? Known(string name)
    {
        var shortName = name.StartsWith("markdown.extensions.", StringComparison.Ordinal) ? name["markdown.extensions.".Length..] : name;
        return All.Contains(shortName) ? shortName : null;
    }
}
