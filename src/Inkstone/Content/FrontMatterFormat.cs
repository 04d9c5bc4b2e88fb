namespace Inkstone.Content;

internal enum FrontMatterFormat
{
    None,
    Yaml,
    Toml,
    Json,

    /// <summary>Python-Markdown's meta data lines (<c>title: Intro</c> up to a blank line).</summary>
    MetaLines,
}
