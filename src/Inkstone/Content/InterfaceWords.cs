using Inkstone.Configuration;

namespace Inkstone.Content;

/// <summary>
/// The few interface words a post's own markup carries, in one language: an algorithm's caption ("Algorithm 1: ",
/// "算法 1："), a notebook's folded input and output, a diagram's source. They come from the theme's i18n strings
/// (<c>Templating/UiStrings</c>), handed down to the stages that write them.
/// </summary>
/// <param name="CaptionColon">What follows "Algorithm 1" before a caption: ": " in English, "：" in Chinese and Japanese.</param>
/// <param name="DiagramSource">The summary of a diagram's source, with <c>{kind}</c> for Mermaid or Graphviz.</param>
internal sealed record InterfaceWords(string Algorithm, string CaptionColon, string NotebookCode, string NotebookOutput, string DiagramSource);

/// <summary>The words in every language the theme has, and which is the site's.</summary>
internal sealed class InterfaceLanguages(IReadOnlyDictionary<string, InterfaceWords> byLanguage, string siteLanguage)
{
    /// <summary>The site's language's words.</summary>
    public InterfaceWords Site { get; } = byLanguage[LanguageCodes.Canonical(siteLanguage) ?? "en"];

    /// <summary>The words of a post's language (<c>lang: en</c>); the site's for a post without one or in a language the theme lacks.</summary>
    public InterfaceWords For(string? language) =>
        LanguageCodes.Canonical(language) is { } code && byLanguage.TryGetValue(code, out var words) ? words : Site;
}
