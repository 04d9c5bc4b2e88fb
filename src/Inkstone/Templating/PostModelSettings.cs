using Inkstone.Configuration;

namespace Inkstone.Templating;

/// <summary>The site settings a post's view model and JSON-LD read, compared by value.</summary>
internal sealed record PostModelSettings(
    string BasePath, string BaseUrl, TimeZoneInfo TimeZone, string DateFormat, string Culture, string LanguageTag, string? AuthorName,
    int CjkCharactersPerMinute, int LatinWordsPerMinute, string Title, bool CiteThisPost)
{
    public static PostModelSettings Of(SiteConfig config) => new(
        config.BasePath, config.BaseUrl, config.TimeZone, config.DateFormat, config.Culture.Name, config.LanguageTag, config.Author.Name,
        config.CjkCharactersPerMinute, config.LatinWordsPerMinute, config.Title, config.Citations.CiteThisPost);
}
