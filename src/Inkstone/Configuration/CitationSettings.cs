namespace Inkstone.Configuration;

/// <summary>How citations are shown: author and year, "(Vaswani et al., 2017)", or numbers in order of first citation, "[1]".</summary>
internal enum CitationStyle
{
    AuthorYear,
    Numeric,
}

/// <summary>The <c>citations:</c> settings: the style, the site's bibliographies, and the "cite this post" block.</summary>
internal sealed record CitationSettings
{
    /// <summary>The file every post may cite from when <c>citations.bibliography</c> names none.</summary>
    public const string DefaultBibliography = "references.bib";

    public CitationStyle Style { get; init; } = CitationStyle.AuthorYear;

    /// <summary>Site files every post may cite from; null means <see cref="DefaultBibliography"/> when it exists.</summary>
    public IReadOnlyList<string>? Bibliographies { get; init; }

    /// <summary>Where each of <see cref="Bibliographies"/> is written, so a missing one is reported there.</summary>
    public IReadOnlyList<Diagnostics.SourceLocation> BibliographyLocations { get; init; } = [];

    /// <summary>Whether posts end with "cite this post" as BibTeX and plain text (<c>citations.cite_this_post</c>).</summary>
    public bool CiteThisPost { get; init; }

    /// <summary>Reads a style's name as written in config or front matter: <c>author-year</c> (or <c>apa</c>), <c>numeric</c> (or <c>ieee</c>).</summary>
    public static CitationStyle? ParseStyle(string name) => name.Trim().ToLowerInvariant() switch
    {
        "author-year" or "authoryear" or "author-date" or "apa" => CitationStyle.AuthorYear,
        "numeric" or "ieee" or "number" => CitationStyle.Numeric,
        _ => null,
    };
}
