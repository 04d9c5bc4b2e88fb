namespace Inkstone.Browser.Tests;

/// <summary>What a page shows of its theme: the root's data-theme, the body's background and the toggle's state.</summary>
internal sealed record PageTheme
{
    public string Theme { get; init; } = "";

    public string Background { get; init; } = "";

    public string Pressed { get; init; } = "";
}
