using System.Net;
using System.Net.Sockets;
using System.Text;
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
/// missing paths, ETags and conditional requests, compression, and nothing outside the folder or named
/// with a dot (<see cref="SafeFileResolver"/>). Only GET and HEAD are answered, and only for a loopback
/// <c>Host</c> or the one it listens on (<see cref="AllowedHosts"/>). With a <see cref="LiveReloadHub"/> it
/// also injects the live-reload script into HTML and streams rebuild events.
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

    /// <summary>
    /// Starts serving <paramref name="root"/> on <paramref name="port"/>, or when it is taken the next port
    /// that can be bound (port 0: from 4000). The port is held from here on, so a site built after this
    /// for <see cref="Address"/> names the port it is served on.
    /// </summary>
    public static async Task<PreviewServer> StartAsync(string root, string host, int port, LiveReloadHub? hub = null, CancellationToken cancellation = default)
    {
        var first = port == 0 ? 4000 : port;
        for (var candidate = first; ; candidate++)
        {
            var app = Build(root, host, candidate, hub);
            try
            {
                await app.StartAsync(cancellation);
                return new PreviewServer(app, new Uri($"http://{UrlHost(host)}:{candidate}/"));
            }
            catch (IOException) when (candidate < System.Math.Min(first + 99, 65535))
            {
                await app.DisposeAsync(); // taken: the writer asked for "this port or a free one near it"
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }
        }
    }

    private static WebApplication Build(string root, string host, int port, LiveReloadHub? hub)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{UrlHost(host)}:{port}");
        builder.Services.AddResponseCompression(o => o.MimeTypes = ["text/html", "text/css", "application/javascript", "text/javascript", "application/xml", "application/json", "image/svg+xml", "application/atom+xml", "application/rss+xml"]);
        var app = builder.Build();
        Directory.CreateDirectory(root);
        var resolver = new SafeFileResolver(root);
        var hosts = new AllowedHosts(host);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".xml"] = "application/xml; charset=utf-8";
        types.Mappings[".json"] = "application/json; charset=utf-8";
        types.Mappings[".woff2"] = "font/woff2";
        app.UseResponseCompression();

        var script = hub is null ? null : LiveScript();
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = "GET, HEAD";
                return;
            }

            if (!hosts.Allows(context.Request.Host))
            {
                // DNS rebinding: a page elsewhere reaching this server under its own name.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync("This preview answers only to localhost and the address it listens on.\n", context.RequestAborted);
                return;
            }

            if (hub is not null && context.Request.Path.Equals(LiveReloadHub.Path, StringComparison.Ordinal))
            {
                await hub.HandleAsync(context);
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
                await NotFound(context, resolver, hub is not null);
            }
            else if (hub is not null && file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            {
                await HtmlWithScript(context, file, StatusCodes.Status200OK);
            }
            else
            {
                // The static file server is asked for exactly the file checked, by its real path.
                context.Request.Path = "/" + resolver.Relative(file);
                await next();
            }
        });

        var files = new PhysicalFileProvider(resolver.Root, Microsoft.Extensions.FileProviders.Physical.ExclusionFilters.Sensitive);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = types,
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.Run(context => NotFound(context, resolver, hub is not null));
        return app;
    }

    private static string UrlHost(string host) => host.Contains(':') ? $"[{host}]" : host;

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

        // The page is sent from disk around the script, never read whole: a large page under many requests
        // would otherwise take its size in memory per request. One open file serves all of it, so a rebuild
        // that replaces the page meanwhile cannot mix two versions.
        await using var page = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var length = page.Length;
        var end = ClosingBodyTag.Find(page.SafeFileHandle);
        var script = Encoding.UTF8.GetBytes(end < length ? ScriptTag + "\n" : ScriptTag);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = length + script.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await CopyAsync(page, end, context.Response.Body, context.RequestAborted);
            await context.Response.Body.WriteAsync(script, context.RequestAborted);
            await CopyAsync(page, length - end, context.Response.Body, context.RequestAborted);
        }
    }

    private static async Task CopyAsync(Stream source, long count, Stream target, CancellationToken cancellation)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            while (count > 0)
            {
                var n = await source.ReadAsync(buffer.AsMemory(0, (int)System.Math.Min(buffer.Length, count)), cancellation);
                if (n == 0)
                {
                    break;
                }

                await target.WriteAsync(buffer.AsMemory(0, n), cancellation);
                count -= n;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string LiveScript()
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("Inkstone.Server.live.js")
            ?? throw new InvalidOperationException("The live-reload script is missing from the server assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>This port if it is free now, else the next free one (for tests that pick a port at random; <see cref="StartAsync"/> binds its own).</summary>
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
