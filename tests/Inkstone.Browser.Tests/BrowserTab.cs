using System.Text.Json;
using Microsoft.Playwright;

namespace Inkstone.Browser.Tests;

/// <summary>
/// One page in its own browser context, watched for what must never happen on the blog: a console
/// error, an uncaught exception, or a request to any host but the site's own (such requests are
/// blocked and recorded). Disposing the tab fails the test if any of these happened.
/// </summary>
internal sealed class BrowserTab : IAsyncDisposable
{
    public const string ThemeKey = "inkstone-theme";

    private readonly List<string> _problems = [];
    private readonly List<string> _requests = [];
    private readonly IReadOnlyList<Uri> _providers;
    private readonly IBrowserContext _context;
    private readonly Uri _site;

    private BrowserTab(IBrowserContext context, IPage page, Uri site, IReadOnlyList<Uri> providers)
    {
        _context = context;
        Page = page;
        _site = site;
        _providers = providers;
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Every address the pages of this tab requested (frames and scripts' fetches too), as the DevTools protocol reported them.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static Task<BrowserTab> CreateAsync(SampleBlog blog, TabOptions options) => CreateAsync(blog.Browser, blog.Address, options);

    /// <summary>A tab on <paramref name="site"/>; requests to the hosts of <see cref="TabOptions.Providers"/> are let through too, and recorded like all others.</summary>
    public static async Task<BrowserTab> CreateAsync(IBrowser browser, Uri site, TabOptions options)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.ToString(),
            ViewportSize = new ViewportSize { Width = options.Width, Height = options.Height },
            IsMobile = options.Mobile,
            HasTouch = options.Mobile,
            DeviceScaleFactor = 1,
            ColorScheme = options.ColorScheme,
            ReducedMotion = ReducedMotion.Reduce,
            Locale = "zh-CN",
            Permissions = options.Clipboard ? ["clipboard-read", "clipboard-write"] : [],
            StorageState = options.Dark ? StoredTheme(site, "dark") : null,
            JavaScriptEnabled = options.JavaScript,
        });
        var page = await context.NewPageAsync();
        var tab = new BrowserTab(context, page, site, options.Providers);
        context.Request += (_, request) =>
        {
            lock (tab._requests)
            {
                tab._requests.Add(request.Url);
            }
        };
        await context.RouteAsync("**/*", tab.AllowOwnHostOnlyAsync);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "assert")
            {
                tab._problems.Add($"console {message.Type} on {page.Url}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => tab._problems.Add($"uncaught error on {page.Url}: {error}");
        return tab;
    }

    public async Task GoToAsync(string path)
    {
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status.ToString() ?? "nothing"}.");
        // Web fonts (the math font) load after 'load' when first used; screenshots and sizes need them.
        await Page.EvaluateAsync("() => document.fonts.ready");
    }

    /// <summary>The requests made so far to the host of <paramref name="origin"/>.</summary>
    public IReadOnlyList<string> RequestsTo(Uri origin) =>
        Requests.Where(r => Uri.TryCreate(r, UriKind.Absolute, out var u) && u.Host == origin.Host && u.Port == origin.Port).ToList();

    /// <summary>The requests made so far to any host but the site's own and <paramref name="allowed"/>.</summary>
    public IReadOnlyList<string> RequestsElsewhere(params Uri[] allowed) =>
        Requests.Where(r => Uri.TryCreate(r, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
            && !(u.Host == _site.Host && u.Port == _site.Port) && !allowed.Any(a => u.Host == a.Host && u.Port == a.Port)).ToList();

    public async Task AddAxeAsync(string script) => await Page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = script });

    private async Task AllowOwnHostOnlyAsync(IRoute route)
    {
        var url = new Uri(route.Request.Url);
        if (url.Scheme is "data" or "blob" || (url.Host == _site.Host && url.Port == _site.Port) || _providers.Any(p => url.Host == p.Host && url.Port == p.Port))
        {
            await route.ContinueAsync();
            return;
        }

        _problems.Add($"request to another host from {Page.Url}: {route.Request.Method} {route.Request.Url}");
        await route.AbortAsync("blockedbyclient");
    }

    private static string StoredTheme(Uri site, string theme) => JsonSerializer.Serialize(new
    {
        cookies = Array.Empty<object>(),
        origins = new[]
        {
            new { origin = site.GetLeftPart(UriPartial.Authority), localStorage = new[] { new { name = ThemeKey, value = theme } } },
        },
    });

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        Assert.True(_problems.Count == 0, "The page misbehaved:\n" + string.Join("\n", _problems));
    }
}
