using Inkstone.Diagnostics;

namespace Inkstone.Configuration;

/// <summary>
/// Each post's Open Graph image (<c>social_cards:</c>): drawn at build time unless <c>social_cards: false</c>.
/// <see cref="Font"/> names the font family (a Pango list, "Family A, Family B, sans"); null draws in the theme's.
/// <see cref="FontFile"/> is a font file of the site's that <see cref="Font"/> names, for a face the machine lacks.
/// </summary>
internal sealed record SocialCardSettings
{
    public bool Enabled { get; init; } = true;

    public string? Font { get; init; }

    /// <summary>The font file's path in the site, and where the settings name it, for the diagnostic when it is missing.</summary>
    public string? FontFile { get; init; }

    public SourceLocation? FontFileLocation { get; init; }
}
