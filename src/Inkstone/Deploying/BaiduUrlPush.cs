namespace Inkstone.Deploying;

/// <summary>
/// Tells Baidu of the pages a deploy uploaded, through its webmaster tools' push API (普通收录, API 提交): a POST of
/// the addresses, one a line, to <c>http://data.zz.baidu.com/urls?site=SITE&amp;token=TOKEN</c>. The site and token
/// come from the environment (<c>BAIDU_PUSH_SITE</c>, <c>BAIDU_PUSH_TOKEN</c>), never from committed settings.
/// </summary>
internal static class BaiduUrlPush
{
    public const string TokenVariable = "BAIDU_PUSH_TOKEN";
    public const string SiteVariable = "BAIDU_PUSH_SITE";

    /// <summary>For tests only: the address pushed to instead of Baidu's (a stub server on loopback).</summary>
    public const string EndpointVariable = "INKSTONE_BAIDU_PUSH_ENDPOINT";

    public const string Endpoint = "http://data.zz.baidu.com/urls";

    /// <summary>Baidu takes at most this many addresses in one request.</summary>
    public const int BatchSize = 2000;

    /// <summary>
    /// The addresses of the pages among <paramref name="uploads"/>: <c>posts/a/index.html</c> is <c>BASE/posts/a/</c>.
    /// Not the 404 page, and not an alias's page that only redirects (Baidu would count it against the day's quota).
    /// </summary>
    public static IReadOnlyList<string> PageUrls(IEnumerable<SiteFile> uploads, string baseUrl) =>
        uploads
            .Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && f.Path != "404.html" && !Redirects(f.FullPath))
            .Select(f => baseUrl + Content.UrlPath.Escape(f.Path.EndsWith("index.html", StringComparison.Ordinal) ? f.Path[..^"index.html".Length] : f.Path))
            .ToList();

    /// <summary>Pushes <paramref name="urls"/> and says what Baidu answered, or why it could not be asked.</summary>
    /// <param name="endpoint">Baidu's push address (<see cref="Endpoint"/>), or a stub's in tests.</param>
    public static async Task<BaiduPushResult> PushAsync(HttpClient http, string endpoint, string site, string token, IReadOnlyList<string> urls, CancellationToken cancel = default)
    {
        var pushed = 0;
        foreach (var batch in urls.Chunk(BatchSize))
        {
            var address = $"{endpoint}?site={Uri.EscapeDataString(site)}&token={Uri.EscapeDataString(token)}";
            using var body = new StringContent(string.Join("\n", batch), System.Text.Encoding.UTF8, "text/plain");
            HttpResponseMessage response;
            try
            {
                response = await http.PostAsync(address, body, cancel).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return new BaiduPushResult(pushed, $"Baidu's push API could not be reached ({e.Message.TrimEnd('.')}).");
            }

            using (response)
            {
                var answer = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    return new BaiduPushResult(pushed, $"Baidu refused the push ({(int)response.StatusCode}: {Shortened(answer)}).");
                }

                // {"remain":4999998,"success":2,"not_same_site":[],"not_valid":[]}; an address of another site is not counted.
                var (success, refused) = Answer(answer, batch.Length);
                pushed += success;
                if (refused.Count > 0)
                {
                    return new BaiduPushResult(pushed, $"Baidu did not take {string.Join(", ", refused.Take(3))}{(refused.Count > 3 ? $" and {refused.Count - 3} more" : "")}: not of the site or not valid.");
                }
            }
        }

        return new BaiduPushResult(pushed, null);
    }

    private static (int Success, List<string> Refused) Answer(string answer, int sent)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(answer);
            var root = json.RootElement;
            var success = root.TryGetProperty("success", out var count) && count.TryGetInt32(out var n) ? n : sent;
            var refused = new[] { "not_same_site", "not_valid" }
                .SelectMany(key => root.TryGetProperty(key, out var list) && list.ValueKind == System.Text.Json.JsonValueKind.Array ? list.EnumerateArray().Select(e => e.ToString()) : [])
                .ToList();
            return (success, refused);
        }
        catch (System.Text.Json.JsonException)
        {
            return (sent, []);
        }
    }

    private static bool Redirects(string path)
    {
        // The theme's redirect page says so in its head; reading its first kilobytes is enough.
        using var reader = new StreamReader(path);
        var head = new char[2048];
        var read = reader.ReadBlock(head, 0, head.Length);
        return new string(head, 0, read).Contains("http-equiv=\"refresh\"", StringComparison.OrdinalIgnoreCase);
    }

    private static string Shortened(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 200 ? line : line[..200] + "…";
    }
}

/// <summary>How many addresses Baidu took, and what went wrong when it did not take them all.</summary>
internal sealed record BaiduPushResult(int Pushed, string? Problem);
