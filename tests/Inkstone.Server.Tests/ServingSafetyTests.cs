using System.Net;

namespace Inkstone.Server.Tests;

public sealed class ServingSafetyTests
{
    [Theory]
    [InlineData("/../site/inkstone.yml")]
    [InlineData("/%2e%2e/site/inkstone.yml")]
    [InlineData("/%2E%2E%2Fsite%2Finkstone.yml")]
    [InlineData("/posts/..%2f..%2f..%2fsite%2finkstone.yml")]
    [InlineData("/..\\site\\inkstone.yml")]
    public async Task Paths_that_climb_out_of_the_output_folder_are_not_served(string target)
    {
        await using var site = await LiveServerFixture.StartAsync(watch: false);
        var status = await site.RawStatusLineAsync(target);
        Assert.DoesNotMatch(@"HTTP/1\.1 200", status);
    }

    [Fact]
    public async Task A_symbolic_link_out_of_the_output_folder_is_not_followed()
    {
        await using var site = await LiveServerFixture.StartAsync(watch: false);
        var secret = Path.Combine(site.Root, "secret.txt");
        File.WriteAllText(secret, "private");
        File.CreateSymbolicLink(Path.Combine(site.Output, "leak.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "leakdir"), site.Root);

        Assert.Equal(HttpStatusCode.NotFound, (await site.Http.GetAsync("leak.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Http.GetAsync("leakdir/secret.txt")).StatusCode);
    }

    [Fact]
    public async Task Missing_pages_get_the_theme_404_page_and_folders_their_index()
    {
        await using var site = await LiveServerFixture.StartAsync(watch: false);
        var missing = await site.Http.GetAsync("no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("404", await missing.Content.ReadAsStringAsync());
        var folder = await site.Http.GetAsync("posts/a");
        Assert.Equal(HttpStatusCode.OK, folder.StatusCode);
        Assert.Equal("text/html", folder.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Head_and_conditional_requests_are_answered_correctly()
    {
        await using var site = await LiveServerFixture.StartAsync(watch: false);
        var head = await site.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "extra.css"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/css", head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        foreach (var path in new[] { "extra.css", "posts/a/" })
        {
            var first = await site.Http.GetAsync(path);
            var etag = first.Headers.ETag;
            Assert.NotNull(etag);
            var again = new HttpRequestMessage(HttpMethod.Get, path);
            again.Headers.IfNoneMatch.Add(etag);
            Assert.Equal(HttpStatusCode.NotModified, (await site.Http.SendAsync(again)).StatusCode);
        }
    }

    [Fact]
    public async Task Responses_are_compressed_when_the_client_asks()
    {
        await using var site = await LiveServerFixture.StartAsync(watch: false);
        var request = new HttpRequestMessage(HttpMethod.Get, "assets/css/main.css");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var response = await site.Http.SendAsync(request);
        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_bounded_burst_of_concurrent_requests_all_succeed()
    {
        await using var site = await LiveServerFixture.StartAsync(watch: false);
        var paths = new[] { "/", "posts/a/", "assets/css/main.css", "atom.xml", "feed.json", "archives/" };
        using var gate = new SemaphoreSlim(16);
        var tasks = Enumerable.Range(0, 240).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                return (await site.Http.GetAsync(paths[i % paths.Length])).StatusCode;
            }
            finally
            {
                gate.Release();
            }
        });
        Assert.All(await Task.WhenAll(tasks), status => Assert.Equal(HttpStatusCode.OK, status));
    }
}
