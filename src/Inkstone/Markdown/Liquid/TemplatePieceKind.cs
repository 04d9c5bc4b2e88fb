namespace Inkstone.Markdown.Liquid;

internal enum TemplatePieceKind
{
    /// <summary>Text written out as it is: code, raw bodies, and the braces of text that only looks like Liquid.</summary>
    Literal,

    /// <summary>An inline or code tag, rendered by its handler.</summary>
    Tag,

    /// <summary>A block tag, rendered by its handler around its rendered body.</summary>
    Block,

    /// <summary>A Jekyll include, for its place in the post.</summary>
    Include,
}
