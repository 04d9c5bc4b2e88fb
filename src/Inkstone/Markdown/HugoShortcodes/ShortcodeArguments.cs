namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// A shortcode's parameters, by position (<c>{{&lt; hint warning &gt;}}</c>) or by name (<c>{{&lt; figure src="a.png" &gt;}}</c>),
/// their quotes and escapes already read. Hugo takes one form or the other; Inkstone reads both wherever a theme's
/// shortcode did, so <see cref="Get(string, int)"/> asks for a name, then a position.
/// </summary>
internal sealed class ShortcodeArguments(IReadOnlyList<string> positional, IReadOnlyDictionary<string, string> named)
{
    public static ShortcodeArguments None { get; } = new([], new Dictionary<string, string>());

    public IReadOnlyList<string> Positional { get; } = positional;

    public IReadOnlyDictionary<string, string> Named { get; } = named;

    public bool IsEmpty => Positional.Count == 0 && Named.Count == 0;

    /// <summary>The named parameter (names are read without regard to case, as Hugo does), else null.</summary>
    public string? Get(string name) =>
        Named.TryGetValue(name, out var value) ? value : Named.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public string? Get(int position) => position < Positional.Count ? Positional[position] : null;

    /// <summary>The parameter named <paramref name="name"/>, else the one at <paramref name="position"/>.</summary>
    public string? Get(string name, int position) => Get(name) ?? Get(position);

    /// <summary>A parameter read as Hugo reads a boolean (<c>open=true</c>, <c>open="false"</c>); null when absent or neither.</summary>
    public bool? Flag(string name, int position = -1) => (position >= 0 ? Get(name, position) : Get(name))?.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "1" => true,
        "false" or "no" or "0" => false,
        _ => null,
    };
}
