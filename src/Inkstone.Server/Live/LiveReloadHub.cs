using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Inkstone.Server.Live;

/// <summary>
/// The open browser tabs, each listening on a Server-Sent Events stream. After a rebuild the server
/// broadcasts <c>reload</c>, <c>css</c> (only stylesheets changed) or <c>errors</c> (with the
/// diagnostics, for the overlay); a tab that connects while the site is broken is told at once.
/// </summary>
internal sealed class LiveReloadHub
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];
    private string? _current;

    public const string Path = "/__inkstone/events";

    public int ClientCount
    {
        get
        {
            lock (_lock)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>Sends an event to every tab; <c>errors</c> is also remembered for tabs that connect later.</summary>
    public void Broadcast(string name, string data)
    {
        var message = Format(name, data);
        lock (_lock)
        {
            _current = name == "errors" ? message : null;
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }

    public async Task HandleAsync(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        var channel = Channel.CreateUnbounded<string>();
        lock (_lock)
        {
            _clients.Add(channel);
            if (_current is not null)
            {
                channel.Writer.TryWrite(_current);
            }
        }

        try
        {
            await context.Response.WriteAsync("retry: 1000\n: connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server stops: nothing to report.
        }
        finally
        {
            lock (_lock)
            {
                _clients.Remove(channel);
            }
        }
    }

    private static string Format(string name, string data)
    {
        var builder = new StringBuilder();
        builder.Append("event: ").Append(name).Append('\n');
        foreach (var line in data.Split('\n'))
        {
            builder.Append("data: ").Append(line).Append('\n');
        }

        return builder.Append('\n').ToString();
    }
}
