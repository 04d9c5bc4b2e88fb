namespace Inkstone.Markdown.RenderHooks;

/// <summary>An element of a post's body whose markup a theme template can write (<c>render/NAME.liquid</c>).</summary>
internal enum RenderHook
{
    Callout,
    CodeBlock,
    Figure,
    Image,
    Heading,
    Link,
    Table,
    Math,
    Pseudocode,
}
