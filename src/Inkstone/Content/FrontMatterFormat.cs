namespace Inkstone.Content;

internal enum FrontMatterFormat
{
    None,
    Yaml,
    Toml,
    Json,
}
