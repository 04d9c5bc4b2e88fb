using Inkstone.Diagnostics;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>One use of a shortcode, as its handler sees it.</summary>
internal sealed record Shortcode(ShortcodeToken Token, SourceLocation Location, TagCall Tag)
{
    public string Name => Token.Name;

    public ShortcodeArguments Arguments => Token.Arguments;

    /// <summary><c>{{% %}}</c>: what it writes is read as Markdown.</summary>
    public bool Markdown => Token.Markdown;

    /// <summary>What it encloses as written (shortcode comments unwrapped), for a handler that shows it as code.</summary>
    public string RawInner { get; init; } = "";

    /// <summary>The shortcode it is inside (the <c>tabs</c> of a <c>tab</c>), if any.</summary>
    public Shortcode? Parent { get; init; }

    /// <summary>How many shortcodes of its name come before it in its parent (its tab's index), from 0.</summary>
    public int Ordinal { get; init; }

    public string Written => Token.Written;
}
