namespace Inkstone.Cli.Tests.Deploying;

/// <summary>
/// <c>inkstone deploy</c> with <c>BAIDU_PUSH_TOKEN</c> set tells Baidu of the pages it uploaded, one address a line,
/// here to a stub on loopback; whatever Baidu answers, the deploy has happened.
/// </summary>
public sealed class BaiduPushTests : IDisposable
{
    private readonly DeploySite _site = new();

    public void Dispose() => _site.Dispose();

    private static Dictionary<string, string> Environment(BaiduPushStub stub, string? site = null)
    {
        var variables = new Dictionary<string, string> { ["BAIDU_PUSH_TOKEN"] = "t0ken&x", ["INKSTONE_BAIDU_PUSH_ENDPOINT"] = stub.Endpoint };
        if (site is not null)
        {
            variables["BAIDU_PUSH_SITE"] = site;
        }

        return variables;
    }

    private string BaseUrl => File.ReadAllLines(Path.Combine(_site.Output, "robots.txt")).Single(l => l.StartsWith("Sitemap: ", StringComparison.Ordinal))["Sitemap: ".Length..^"sitemap.xml".Length];

    [Fact]
    public void The_first_deploy_pushes_every_page_it_uploaded_as_text_one_address_a_line()
    {
        using var stub = new BaiduPushStub();
        var run = _site.Deploy(Environment(stub, "https://www.example.org"), "--to", "www");

        Assert.Equal(0, run.ExitCode);
        var request = Assert.Single(stub.Requests);
        Assert.Equal("?site=https%3A%2F%2Fwww.example.org&token=t0ken%26x", request.Query);
        Assert.Equal("text/plain; charset=utf-8", request.ContentType);
        var pages = _site.Built().Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != "404.html")
            .Select(p => BaseUrl + (p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pages, request.Body.Split('\n').Order(StringComparer.Ordinal));
        Assert.Contains(BaseUrl + "posts/hello-inkstone/", request.Body.Split('\n'));
        Assert.DoesNotContain(".css", request.Body, StringComparison.Ordinal);
        Assert.Contains($"Pushed {pages.Count} addresses to Baidu.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_deploy_pushes_only_the_pages_whose_bytes_changed()
    {
        using var stub = new BaiduPushStub();
        Assert.Equal(0, _site.Deploy(Environment(stub), "--to", "www").ExitCode);
        File.AppendAllText(_site.Post, "\n一段新写的文字。\n");

        var run = _site.Deploy(Environment(stub), "--to", "www");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, stub.Requests.Count);
        var pushed = stub.Requests[1].Body.Split('\n');
        Assert.Contains(BaseUrl + "posts/hello-inkstone/", pushed);
        Assert.DoesNotContain(BaseUrl + "about/", pushed);
        Assert.Equal($"?site={Uri.EscapeDataString(BaseUrl.TrimEnd('/'))}&token=t0ken%26x", stub.Requests[1].Query);
    }

    [Fact]
    public void A_refused_push_is_a_warning_and_the_deploy_still_succeeds()
    {
        using var stub = new BaiduPushStub(401, """{"error":401,"message":"token is not valid"}""");
        var run = _site.Deploy(Environment(stub), "--to", "www");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: Baidu refused the push (401: {\"error\":401,\"message\":\"token is not valid\"}).", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_site.Root, "www", "index.html")));
    }

    [Fact]
    public void Addresses_Baidu_does_not_take_are_named_in_the_warning()
    {
        using var stub = new BaiduPushStub(200, """{"remain":4999,"success":0,"not_same_site":["https://other.example/"],"not_valid":[]}""");
        var run = _site.Deploy(Environment(stub), "--to", "www");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: Baidu did not take https://other.example/: not of the site or not valid.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_token_and_in_a_dry_run_nothing_is_pushed()
    {
        using var stub = new BaiduPushStub();
        Assert.Equal(0, _site.Deploy(new Dictionary<string, string> { ["INKSTONE_BAIDU_PUSH_ENDPOINT"] = stub.Endpoint }, "--to", "www").ExitCode);
        File.AppendAllText(_site.Post, "\n又一段。\n");
        var dry = _site.Deploy(Environment(stub), "--to", "www", "--dry-run");

        Assert.Empty(stub.Requests);
        Assert.Contains("Would push", dry.Out, StringComparison.Ordinal);
    }
}
