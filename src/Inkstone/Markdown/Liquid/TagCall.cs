using Inkstone.Diagnostics;

namespace Inkstone.Markdown.Liquid;

/// <summary>One use of a tag: its name and arguments as written, where it is, and how it sits on its line.</summary>
internal sealed record TagCall(string Name, string Arguments, SourceLocation Location)
{
    /// <summary>The whitespace before the tag when nothing else precedes it on its line; null when text does.</summary>
    public string? Indent { get; init; }

    /// <summary>
    /// For a tag after text on its line, what keeps a block it writes in the list item or quote of that line
    /// (<see cref="TemplateText.Continuation"/>); empty at the top level or when nothing precedes the tag.
    /// </summary>
    public string Continuation { get; init; } = "";

    /// <summary>The indentation of a block the tag writes: its own when it starts its line, else the line's <see cref="Continuation"/>.</summary>
    public string BlockIndent => Indent ?? Continuation;

    /// <summary>Whether nothing but whitespace follows the tag on its line.</summary>
    public bool EndsLine { get; init; }

    /// <summary>The end tag of a block (<c>{% endnote %}</c>).</summary>
    public TagCall? Closing { get; init; }

    /// <summary>The tag alone on its line, as block-level Markdown (a figure, a code block) must be.</summary>
    public bool Standalone => Indent is not null && EndsLine;

    /// <summary>The tag as a reader of a diagnostic recognises it: <c>{% note info %}</c>.</summary>
    public string Written => Arguments.Length == 0 ? $"{{% {Name} %}}" : $"{{% {Name} {Arguments} %}}";
}
