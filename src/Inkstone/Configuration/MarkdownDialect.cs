namespace Inkstone.Configuration;

/// <summary>Whose Markdown a site's posts are written in, beyond the syntax every dialect shares.</summary>
internal enum MarkdownDialect
{
    /// <summary>Inkstone's own: CommonMark with the extensions every site gets.</summary>
    Inkstone,

    /// <summary>Jekyll's kramdown: attribute lists, <c>{:toc}</c>, extensions, table footers, kramdown's math rules.</summary>
    Kramdown,

    /// <summary>MkDocs' Python-Markdown with the pymdownx extensions: admonitions, tabs, snippets, <c>attr_list</c>.</summary>
    PythonMarkdown,
}
