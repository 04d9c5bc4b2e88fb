namespace Inkstone.Markdown.Liquid;

internal enum TemplateTokenKind
{
    /// <summary>Markdown as written.</summary>
    Text,

    /// <summary>Text that is never evaluated: code, the body of <c>{% raw %}</c>, display math; <see cref="TemplateToken.Content"/> is what is kept of it.</summary>
    Literal,

    /// <summary>A Liquid output, <c>{{ expression }}</c>.</summary>
    Output,

    /// <summary>A tag, <c>{% name arguments %}</c>; a tag whose body is code (<c>{% highlight %}</c>) carries it in <see cref="TemplateToken.Content"/>.</summary>
    Tag,
}
