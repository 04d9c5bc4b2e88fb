using System.Text;

namespace Inkstone.Server.Tests;

/// <summary>Allocation is measured for the whole process, so nothing else runs beside these tests.</summary>
[CollectionDefinition(nameof(LargePageTests), DisableParallelization = true)]
public sealed class LargePageCollection;

/// <summary>
/// A large page is served from disk around the live-reload script, not read whole per request: a 53 MB
/// page under 48 requests took 6 GB and answered 500.
/// </summary>
[Collection(nameof(LargePageTests))]
public sealed class LargePageTests
{
    private const int PageSize = 20 << 20;
    private const int Requests = 16;

    [Fact]
    public async Task A_twenty_megabyte_page_under_sixteen_requests_is_streamed_with_the_script_before_the_body_ends()
    {
        await using var site = await LiveServerFixture.StartAsync(watch: false);
        var filler = new StringBuilder(PageSize + 100).Append("<!doctype html><html><body><pre>");
        while (filler.Length < PageSize)
        {
            filler.Append("所有的行都一样长。 all lines are alike\n");
        }

        var page = filler.Append("</pre></BODY></html>\n").ToString();
        var path = Path.Combine(site.Output, "big", "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, page);
        var expected = Encoding.UTF8.GetBytes(page.Replace("</BODY>", "<script src=\"/__inkstone/live.js\" defer></script>\n</BODY>", StringComparison.Ordinal));
        var expectedHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(expected));

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var answers = await Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => HashOfBodyAsync(site.Http, "big/")));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.All(answers, answer => Assert.Equal((expected.Length, expectedHash), answer));
        Assert.True(allocated < 2L * PageSize, $"{Requests} requests for a {PageSize >> 20} MB page allocated {allocated >> 20} MB.");
    }

    private static async Task<(long Length, string Hash)> HashOfBodyAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long length = 0;
        int n;
        while ((n = await body.ReadAsync(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, n);
            length += n;
        }

        return (length, Convert.ToHexString(hash.GetHashAndReset()));
    }
}
