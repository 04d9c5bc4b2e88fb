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

    [Fact]
    public async Task A_name_that_decodes_twice_to_another_file_is_checked_as_the_file_it_serves()
    {
        await using var site = await LiveServerFixture.StartAsync(watch: false);
        var secret = Path.Combine(site.Root, "passwd.txt");
        File.WriteAllText(secret, "root:x:0:0");
        File.WriteAllText(Path.Combine(site.Output, "leakB.txt"), "harmless");
        File.CreateSymbolicLink(Path.Combine(site.Output, "leak%42.txt"), secret);

        // The server decodes %25 to %; decoding "leak%42.txt" once more would check leakB.txt and serve the link.
        var response = await site.Http.GetAsync("leak%2542.txt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:x", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/.env")]
    [InlineData("/.git/config")]
    [InlineData("/posts/.draft.html")]
    [InlineData("/.hidden/")]
    public async Task Dotfiles_and_dot_folders_are_not_served(string path)
    {
        await using var site = await LiveServerFixture.StartAsync(watch: false);
        File.WriteAllText(Path.Combine(site.Output, ".env"), "TOKEN=secret");
        Directory.CreateDirectory(Path.Combine(site.Output, ".git"));
        File.WriteAllText(Path.Combine(site.Output, ".git", "config"), "[remote] secret");
        File.WriteAllText(Path.Combine(site.Output, "posts", ".draft.html"), "<p>secret</p>");
        Directory.CreateDirectory(Path.Combine(site.Output, ".hidden"));
        File.WriteAllText(Path.Combine(site.Output, ".hidden", "index.html"), "<p>secret</p>");

        var response = await site.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("secret", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    [InlineData("PATCH")]
    public async Task Only_get_and_head_are_answered_other_methods_get_405_with_allow(string method)
    {
        await using var site = await LiveServerFixture.StartAsync(watch: false);

        var response = await site.RawResponseAsync("/posts/a/", method);

        Assert.StartsWith("HTTP/1.1 405", response);
        Assert.Contains("Allow: GET, HEAD\r\n", response);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:4000")]
    [InlineData("localhost.evil.example")]
    [InlineData("192.168.1.20")]
    public async Task A_host_header_that_is_not_loopback_or_the_configured_host_is_refused(string host)
    {
        await using var site = await LiveServerFixture.StartAsync(watch: false);

        Assert.StartsWith("HTTP/1.1 403", await site.RawStatusLineAsync("/", host: host));
        Assert.StartsWith("HTTP/1.1 403", await site.RawStatusLineAsync(Live.LiveReloadHub.Path, host: host));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST:4000")]
    [InlineData("127.0.0.1")]
    [InlineData("127.1.2.3:80")]
    [InlineData("[::1]:4000")]
    public async Task Loopback_host_headers_are_answered(string host)
    {
        await using var site = await LiveServerFixture.StartAsync(watch: false);

        Assert.StartsWith("HTTP/1.1 200", await site.RawStatusLineAsync("/", host: host));
    }
}
