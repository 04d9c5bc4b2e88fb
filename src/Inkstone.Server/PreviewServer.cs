using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Inkstone.Server;

/// <summary>
/// Serves a built site from its output folder on a loopback address: index.html for folders, the
/// theme's 404 page for missing paths, ETags and conditional requests, compression, nothing outside the folder.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts serving <paramref name="root"/>; when <paramref name="port"/> is taken, the next free port is used.</summary>
    public static async Task<PreviewServer> StartAsync(string root, string host, int port, CancellationToken cancellation = default)
    {
        var chosen = FreePort(host, port);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{host}:{chosen}");
        builder.Services.AddResponseCompression(o => o.EnableForHttps = false);
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(root), Microsoft.Extensions.FileProviders.Physical.ExclusionFilters.Sensitive);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".xml"] = "application/xml; charset=utf-8";
        types.Mappings[".json"] = "application/json; charset=utf-8";
        types.Mappings[".woff2"] = "font/woff2";
        app.UseResponseCompression();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = types,
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = files.GetFileInfo("404.html");
            if (notFound.Exists)
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound, context.RequestAborted);
            }
        });
        await app.StartAsync(cancellation);
        return new PreviewServer(app, new Uri($"http://{(host.Contains(':') ? $"[{host}]" : host)}:{chosen}/"));
    }

    public Task WaitForShutdownAsync(CancellationToken cancellation) => _app.WaitForShutdownAsync(cancellation);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static int FreePort(string host, int port)
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
