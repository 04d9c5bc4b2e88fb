namespace Inkstone.Import.Tests;

/// <summary>Reads a fixture's expected-urls.txt: <c># comments</c>, then one <c>KIND URL</c> per line.</summary>
internal static class ExpectedUrls
{
    public static IReadOnlyList<ExpectedUrl> Read(string path)
    {
        var urls = new List<ExpectedUrl>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            // The URL is the rest of the line: Jekyll keeps spaces of category names in its paths.
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var token = space > 0 ? line[..space] : "";
            if (!token.All(char.IsAsciiLetterLower) || !Enum.TryParse<UrlKind>(token, ignoreCase: true, out var kind))
            {
                throw new FormatException(
                    $"{path}:{i + 1}: '{line}' does not start with a kind (post, page, list, redirect, feed or extra). " +
                    "A line marked 'new' comes from tests/engines/update-expected.sh: replace 'new' with the URL's kind.");
            }

            urls.Add(new ExpectedUrl(kind, line[(space + 1)..]));
        }

        return urls;
    }
}
