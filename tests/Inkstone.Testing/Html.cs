using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Inkstone.Testing;

/// <summary>Parses output HTML so tests can ask for elements by CSS selector, as a browser or a microformats parser would.</summary>
internal static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static IElement One(this IDocument document, string selector) =>
        document.QuerySelector(selector) ?? throw new InvalidOperationException($"No element matches '{selector}'.");

    public static IElement One(this IElement element, string selector) =>
        element.QuerySelector(selector) ?? throw new InvalidOperationException($"No element matches '{selector}' in {element.LocalName}.");

    public static IReadOnlyList<IElement> All(this IDocument document, string selector) => document.QuerySelectorAll(selector).ToList();

    public static string Text(this IElement element) => element.TextContent.Trim();
}
