namespace Inkstone.Markdown.Liquid;

/// <summary>What the compiler makes of a token.</summary>
internal enum TokenRole
{
    Text,
    Literal,

    /// <summary>An output or a Liquid tag, given to Fluid as written.</summary>
    Liquid,

    /// <summary>An inline or code tag with a handler.</summary>
    Tag,

    BlockOpen,
    BlockClose,
    Include,

    /// <summary>Left out: an unknown tag, a stray end tag, or Liquid that could not be read (each reported).</summary>
    Dropped,
}
