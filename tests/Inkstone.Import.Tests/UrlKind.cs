namespace Inkstone.Import.Tests;

/// <summary>What an old engine's URL is, as the fixture's expected-urls.txt classifies it.</summary>
internal enum UrlKind
{
    /// <summary>A dated post (Hugo: a regular page of a section).</summary>
    Post,

    /// <summary>A standalone page, or a document of a Jekyll collection.</summary>
    Page,

    /// <summary>The home page, its pagination, and taxonomy and archive pages.</summary>
    List,

    /// <summary>An alias page the old site had (<c>aliases</c>, <c>redirect_from</c>).</summary>
    Redirect,

    /// <summary>A feed at the top of the site.</summary>
    Feed,

    /// <summary>The engine's own file (404 page, sitemap, pagination aliases): reported, never required.</summary>
    Extra,
}
