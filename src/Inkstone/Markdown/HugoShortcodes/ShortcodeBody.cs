namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>What a shortcode holds between its tag and its end tag.</summary>
internal enum ShortcodeBody
{
    /// <summary>Nothing: <c>{{&lt; figure &gt;}}</c>, <c>{{&lt; ref &gt;}}</c> stand alone.</summary>
    None,

    /// <summary>Markdown, which may hold other shortcodes: <c>{{&lt; hint &gt;}}</c>, <c>{{&lt; tab &gt;}}</c>.</summary>
    Markdown,

    /// <summary>Code or TeX, kept as written up to the end tag: <c>{{&lt; highlight &gt;}}</c>, <c>{{&lt; math &gt;}}</c>.</summary>
    Code,
}
