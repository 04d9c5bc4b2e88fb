namespace Inkstone.Markdown.Liquid;

internal enum TagShape
{
    /// <summary>A tag on its own: <c>{% post_url 2025-03-14-grpo %}</c>.</summary>
    Inline,

    /// <summary>A tag with a body that is a template too, up to <c>{% endNAME %}</c>: <c>{% note %}</c>.</summary>
    Block,

    /// <summary>A tag whose body is code, kept as written up to <c>{% endNAME %}</c>: <c>{% highlight %}</c>.</summary>
    Code,
}
