using Inkstone.Building;
using Inkstone.Server;
using Inkstone.Testing;

namespace Inkstone.Browser.Tests;

/// <summary>
/// One small site for each comment system and analytics counter, each turned on against its stub
/// (<see cref="ProviderStubs"/>), built into a folder of its own under one served root: the giscus site is at
/// <c>/giscus/</c>. Each has a post long enough that its comments start well below the first screen.
/// </summary>
public sealed class ProviderSites : IAsyncLifetime
{
    public static readonly string[] Comments = ["giscus", "utterances", "waline", "twikoo", "artalk"];
    public static readonly string[] Counters = ["plausible", "umami", "goatcounter", "google", "baidu"];

    private string _root = "";
    private PreviewServer? _server;

    internal ProviderStubs Stubs { get; } = new([.. Comments, .. Counters]);

    internal Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _root = Directory.CreateTempSubdirectory("inkstone-providers-").FullName;
        var served = Path.Combine(_root, "served");
        Directory.CreateDirectory(served);
        _server = await PreviewServer.StartAsync(served, "127.0.0.1", 44000 + Random.Shared.Next(0, 4000));
        Address = _server.Address;
        foreach (var provider in Comments.Concat(Counters))
        {
            var site = Path.Combine(_root, "sites", provider);
            InlineSite.WriteTo(Site(Settings(provider, Stubs.Hosts[provider].ToString())), site);
            var report = SiteBuilder.Build(site, Path.Combine(served, provider), new BuildOptions { BaseUrl = new Uri(Address, provider + "/").ToString() });
            if (!report.Succeeded)
            {
                throw new InvalidOperationException($"The {provider} site did not build: " + string.Join("; ", report.Diagnostics));
            }
        }
    }

    public async Task DisposeAsync()
    {
        Stubs.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_root.Length > 0)
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>Each provider's settings, with its script (and server) at its stub.</summary>
    private static string Settings(string provider, string stub) => provider switch
    {
        "giscus" => $"comments: {{ provider: giscus, giscus: {{ repo: ink/blog, repo_id: R_kgDOtest, category: Comments, category_id: DIC_kwDOtest, script_url: '{stub}client.js' }} }}",
        "utterances" => $"comments: {{ provider: utterances, utterances: {{ repo: ink/blog, script_url: '{stub}client.js' }} }}",
        "waline" => $"comments: {{ provider: waline, waline: {{ server_url: '{stub}', script_url: '{stub}waline.umd.js', style_url: '{stub}waline.css' }} }}",
        "twikoo" => $"comments: {{ provider: twikoo, twikoo: {{ env_id: '{stub.TrimEnd('/')}', script_url: '{stub}twikoo.min.js' }} }}",
        "artalk" => $"comments: {{ provider: artalk, artalk: {{ server: '{stub}' }} }}",
        "plausible" => $"analytics: {{ plausible: {{ script_url: '{stub}js/script.js' }} }}",
        "umami" => $"analytics: {{ umami: {{ website_id: 94db1cb1-74f4-4a40-ad6c-962362670409, script_url: '{stub}script.js' }} }}",
        "goatcounter" => $"analytics: {{ goatcounter: {{ code: '{stub}count', script_url: '{stub}count.js' }} }}",
        "google" => $"analytics: {{ google: {{ measurement_id: G-INKTEST1, script_url: '{stub}gtag/js' }} }}",
        "baidu" => $"analytics: {{ baidu: {{ site_id: 0123456789abcdef0123456789abcdef, script_url: '{stub}hm.js' }} }}",
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    private static string Site(string settings) => $"""
        -- inkstone.yml --
        title: 墨砚
        {settings}
        -- content/posts/long.md --
        ---
        title: 一篇很长的文章
        date: 2025-03-01
        ---
        {string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"第 {i} 段：策略梯度的方差来自回报的波动，减去一个基线不改变期望，却能让估计稳定得多。"))}
        -- static/favicon.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7"/></svg>
        -- content/posts/short.md --
        ---
        title: 短文
        date: 2025-03-02
        ---
        一段。
        """;
}
