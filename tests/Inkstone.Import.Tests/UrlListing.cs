namespace Inkstone.Import.Tests;

/// <summary>Reads what tests/engines/list-urls.sh prints: one URL per line, feeds as <c>feed /NAME</c>.</summary>
internal static class UrlListing
{
    public static IReadOnlyList<string> Parse(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.StartsWith("feed ", StringComparison.Ordinal) ? line["feed ".Length..] : line)
            .ToList();
}
