namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>What one shortcode (<c>{{&lt; figure &gt;}}</c>, <c>{{% notice %}}</c>) writes into the Markdown in its place.</summary>
internal interface IShortcodeHandler
{
    ShortcodeBody Body { get; }

    /// <param name="inner">What it encloses: Markdown with its own shortcodes already written out, or code as written; "" when it has none.</param>
    /// <returns>Markdown (or inline HTML) that says what the shortcode meant.</returns>
    string Render(Shortcode call, string inner, ShortcodeRun run);
}
