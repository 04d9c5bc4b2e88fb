namespace Inkstone.Import.Tests;

/// <summary>One line of a fixture's expected-urls.txt: a URL the real engine writes and what it is.</summary>
internal sealed record ExpectedUrl(UrlKind Kind, string Url)
{
    /// <summary>Whether Inkstone must write it too: everything but the engine's own extras.</summary>
    public bool IsRequired => Kind != UrlKind.Extra;
}
