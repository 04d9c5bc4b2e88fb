namespace Inkstone.Search;

/// <summary>
/// Where in a post a term was found. Each field is one bit, so the weight stored in a posting (the
/// sum of the fields the term appears in) is both a score and a record of those fields; the bits are
/// ordered so that one title hit outweighs hits in every lower field together.
/// </summary>
[Flags]
internal enum SearchField
{
    None = 0,

    /// <summary>Code blocks, inline code and the TeX source of formulas.</summary>
    CodeOrMath = 1,

    /// <summary>Prose.</summary>
    Body = 2,

    /// <summary>Categories and tags.</summary>
    Taxonomy = 4,

    Heading = 8,

    Title = 16,
}
