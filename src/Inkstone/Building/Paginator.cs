namespace Inkstone.Building;

/// <summary>Splits a list into pages: the first at the list's own URL, the rest at <c>page/N/</c> below it.</summary>
internal static class Paginator
{
    public static IReadOnlyList<(int Number, IReadOnlyList<T> Items)> Split<T>(IReadOnlyList<T> items, int perPage)
    {
        var pages = new List<(int, IReadOnlyList<T>)>();
        for (var i = 0; i < items.Count || pages.Count == 0; i += perPage)
        {
            pages.Add((pages.Count + 1, items.Skip(i).Take(perPage).ToList()));
        }

        return pages;
    }

    public static string PageUrl(string baseUrl, int number) => number == 1 ? baseUrl : $"{baseUrl}page/{number}/";
}
