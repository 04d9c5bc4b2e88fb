namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>One piece of a post's body as Hugo's shortcode reader splits it, by offsets into the body.</summary>
internal sealed record ShortcodeToken(ShortcodeTokenKind Kind, int Start, int End)
{
    /// <summary>What replaces the piece: code with its shortcode comments unwrapped, a comment's shortcode text.</summary>
    public string? Content { get; init; }

    public string Name { get; init; } = "";

    public ShortcodeArguments Arguments { get; init; } = ShortcodeArguments.None;

    /// <summary><c>{{% %}}</c>: what it writes is Markdown; <c>{{&lt; &gt;}}</c>: HTML, as Hugo reads it.</summary>
    public bool Markdown { get; init; }

    /// <summary>An end tag: <c>{{&lt; /name &gt;}}</c>.</summary>
    public bool Closing { get; init; }

    /// <summary><c>{{&lt; name /&gt;}}</c>: it has no inner content, whatever its name.</summary>
    public bool SelfClosing { get; init; }

    /// <summary>The tag as a reader of a diagnostic recognises it: <c>{{&lt; figure &gt;}}</c>, <c>{{% /notice %}}</c>.</summary>
    public string Written => Markdown ? $"{{{{% {(Closing ? "/" : "")}{Name} %}}}}" : $"{{{{< {(Closing ? "/" : "")}{Name} >}}}}";
}
