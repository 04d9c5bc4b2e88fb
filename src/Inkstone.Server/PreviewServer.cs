using System.Net;
using System.Net.Sockets;
using Inkstone.Server.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Inkstone.Server;

/// <summary>
/// Serves a built site from its output folder: index.html for folders, the theme's 404 page for
/// missing paths, ETags and conditional requests, compression, and nothing outside the folder. With a
/// <see cref="LiveSite"/> it also injects the live-reload script into HTML and streams rebuild events.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private const string ScriptPath = "/__inkstone/live.js";
    private static readonly string ScriptTag = $"<script src=\"{ScriptPath}\" defer></script>";

    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts serving <paramref name="root"/>; when <paramref name="port"/> is taken, the next free port is used.</summary>
    public static async Task<PreviewServer> StartAsync(string root, string host, int port, LiveSite? live = null, CancellationToken cancellation = default)
    {
        var chosen = port == 0 ? FreePort(host, 4000) : FreePort(host, port);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{(host.Contains(':') ? $"[{host}]" : host)}:{chosen}");
        builder.Services.AddResponseCompression(o => o.MimeTypes = ["text/html", "text/css", "application/javascript", "text/javascript", "application/xml", "application/json", "image/svg+xml", "application/atom+xml", "application/rss+xml"]);
        var app = builder.Build();
        var fullRoot = Path.GetFullPath(root);
        var resolver = new SafeFileResolver(fullRoot);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".xml"] = "application/xml; charset=utf-8";
        types.Mappings[".json"] = "application/json; charset=utf-8";
        types.Mappings[".woff2"] = "font/woff2";
        app.UseResponseCompression();

        var script = live is null ? null : LiveScript();
        app.Use(async (context, next) =>
        {
            if (live is not null && context.Request.Path.Equals(LiveReloadHub.Path, StringComparison.Ordinal))
            {
                await live.Hub.HandleAsync(context);
                return;
            }

            if (script is not null && context.Request.Path.Equals(ScriptPath, StringComparison.Ordinal))
            {
                context.Response.ContentType = "text/javascript; charset=utf-8";
                context.Response.Headers.CacheControl = "no-cache";
                await context.Response.WriteAsync(script, context.RequestAborted);
                return;
            }

            var file = resolver.Resolve(context.Request.Path.Value ?? "/");
            if (file is null)
            {
                await NotFound(context, resolver, live is not null);
            }
            else if (live is not null && file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            {
                await HtmlWithScript(context, file, StatusCodes.Status200OK);
            }
            else
            {
                await next();
            }
        });

        var files = new PhysicalFileProvider(fullRoot, Microsoft.Extensions.FileProviders.Physical.ExclusionFilters.Sensitive);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = types,
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.Run(context => NotFound(context, resolver, live is not null));
        try
        {
            await app.StartAsync(cancellation);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new PreviewServer(app, new Uri($"http://{(host.Contains(':') ? $"[{host}]" : host)}:{chosen}/"));
    }

    public Task WaitForShutdownAsync(CancellationToken cancellation) => _app.WaitForShutdownAsync(cancellation);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async Task NotFound(HttpContext context, SafeFileResolver resolver, bool live)
    {
        var page = resolver.Resolve("/404.html");
        if (page is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (live)
        {
            await HtmlWithScript(context, page, StatusCodes.Status404NotFound);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/html; charset=utf-8";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.SendFileAsync(page, context.RequestAborted);
        }
    }

    /// <summary>Serves an HTML file with the live-reload script before &lt;/body&gt;, with an ETag so unchanged pages answer 304.</summary>
    private static async Task HtmlWithScript(HttpContext context, string file, int status)
    {
        var info = new FileInfo(file);
        var etag = $"\"live-{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ETag = etag;
        if (status == StatusCodes.Status200OK && context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var html = await File.ReadAllTextAsync(file, context.RequestAborted);
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html = end < 0 ? html + ScriptTag : html.Insert(end, ScriptTag + "\n");
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.WriteAsync(html, context.RequestAborted);
        }
    }

    private static string LiveScript()
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("Inkstone.Server.live.js")
            ?? throw new InvalidOperationException("The live-reload script is missing from the server assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>This port if it is free, else the next free one: the site is built for the port it will be served on.</summary>
    public static int FreePort(string host, int port)
    {
        var address = IPAddress.TryParse(host, out var ip) ? ip : IPAddress.Loopback;
        for (var candidate = port; candidate < port + 100 && candidate <= 65535; candidate++)
        {
            try
            {
                using var listener = new TcpListener(address, candidate);
                listener.Start();
                return candidate;
            }
            catch (SocketException)
            {
                // Taken: try the next one, as the writer asked for "this port or a free one near it".
            }
        }

        throw new InvalidOperationException($"No free port between {port} and {port + 99}.");
    }
}
