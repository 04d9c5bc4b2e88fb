namespace Inkstone.Content;

/// <summary>
/// How heading ids are made from heading text. A site brought from another engine keeps that engine's ids,
/// so that the <c>#anchors</c> readers and other sites link to still land on their sections.
/// </summary>
internal enum HeadingIdStyle
{
    /// <summary>Lower case, Chinese kept, punctuation and spaces as single hyphens; repeats get -1, -2.</summary>
    Inkstone,

    /// <summary>kramdown (Jekyll): ASCII letters, digits, spaces and hyphens only, no leading non-letters; empty is "section".</summary>
    Kramdown,

    /// <summary>
    /// kramdown with its GFM parser, Jekyll's default (<c>kramdown: input: GFM</c>): lower case, letters (Chinese
    /// too), digits, '_' and '-' kept, each space a hyphen, the rest dropped; repeats get -1, -2.
    /// </summary>
    KramdownGfm,

    /// <summary>GitHub and goldmark (Hugo): lower case, letters, digits, '-' and '_' kept, each space a hyphen.</summary>
    GitHub,

    /// <summary>hexo-renderer-marked: case kept, runs of punctuation and spaces a hyphen, Chinese kept.</summary>
    Hexo,

    /// <summary>Python-Markdown's toc (MkDocs): ASCII only, lower case; repeats and empty ids get _1, _2.</summary>
    PythonMarkdown,
}
