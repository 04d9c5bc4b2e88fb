using Inkstone.Building;
using Inkstone.Server;
using Inkstone.Server.Live;
using Inkstone.Testing;
using Microsoft.Playwright;

namespace Inkstone.Browser.Tests;

/// <summary>
/// The sample blog, built into a temporary folder and served the way <c>inkstone serve</c> serves it
/// (preview server with live reload, on a free loopback port), and one headless Chromium for the whole
/// run. Each test opens its own <see cref="BrowserTab"/>: a fresh context is cheap and keeps storage apart.
/// </summary>
public sealed class SampleBlog : IAsyncLifetime
{
    private static readonly string[] ChromiumFlags =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private string _root = "";
    private LiveSite? _live;
    private PreviewServer? _server;
    private IPlaywright? _playwright;

    private readonly Lazy<string> _axeScript = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"axe-core is missing ({path}). Run tests/setup.sh, which installs it from tests/Inkstone.Browser.Tests/package-lock.json, and build again.");
    });

    internal Uri Address { get; private set; } = null!;

    internal IBrowser Browser { get; private set; } = null!;

    /// <summary>The axe-core script from npm (installed by tests/setup.sh), copied beside the tests by the build.</summary>
    internal string AxeScript => _axeScript.Value;

    internal ScreenshotWriter Screenshots { get; } = new();

    public async Task InitializeAsync()
    {
        var executable = ChromiumBinary.Locate();
        _root = Directory.CreateTempSubdirectory("inkstone-browser-").FullName;
        var output = Path.Combine(_root, "site");
        var site = Path.Combine(RepositoryPaths.Sites, "sample");
        // The server holds its port before the build, so the site's links name the port it is served on.
        var hub = new LiveReloadHub();
        _server = await PreviewServer.StartAsync(output, "127.0.0.1", 48000 + Random.Shared.Next(0, 4000), hub);
        _live = new LiveSite(site, output, new BuildOptions { BaseUrl = _server.Address.ToString() }, hub);
        var report = _live.BuildNow();
        if (!report.Succeeded)
        {
            throw new InvalidOperationException("The sample blog did not build: " + string.Join("; ", report.Diagnostics));
        }

        Address = _server.Address;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumFlags,
        });
    }

    /// <summary>Opens <paramref name="path"/> in a new context and waits until it has loaded.</summary>
    internal async Task<BrowserTab> OpenAsync(string path, TabOptions? options = null)
    {
        var tab = await BrowserTab.CreateAsync(this, options ?? new TabOptions());
        await tab.GoToAsync(path);
        return tab;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _live?.Dispose();
        if (_root.Length > 0)
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
