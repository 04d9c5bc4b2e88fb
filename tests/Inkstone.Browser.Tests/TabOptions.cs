using Microsoft.Playwright;

namespace Inkstone.Browser.Tests;

/// <summary>How a tab is opened: window size, and whether the reader has already chosen the dark theme.</summary>
internal sealed record TabOptions
{
    public static readonly TabOptions Desktop = new();
    public static readonly TabOptions Phone = new() { Width = 390, Height = 844, Mobile = true };

    public int Width { get; init; } = 1280;

    public int Height { get; init; } = 800;

    public bool Mobile { get; init; }

    /// <summary>Starts with "dark" stored as the reader's choice, as a click on the toggle would leave it.</summary>
    public bool Dark { get; init; }

    /// <summary>The system's colour scheme, as the page's media queries see it.</summary>
    public ColorScheme ColorScheme { get; init; } = ColorScheme.Light;

    /// <summary>Lets the page read the clipboard, for the copy button's test.</summary>
    public bool Clipboard { get; init; }

    /// <summary>Whether scripts run; off shows what a reader without JavaScript sees.</summary>
    public bool JavaScript { get; init; } = true;

    /// <summary>Hosts besides the site's own the page may reach: the stubs of the third-party services a site turned on.</summary>
    public IReadOnlyList<Uri> Providers { get; init; } = [];
}
