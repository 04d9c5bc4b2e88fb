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

    /// <param name="pattern">Where page N goes below the list ("page/{0}/"; Jekyll's paginate_path "page{0}/").</param>
    public static string PageUrl(string baseUrl, int number, string pattern = "page/{0}/") =>
        number == 1 ? baseUrl : baseUrl + string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, number);
}
