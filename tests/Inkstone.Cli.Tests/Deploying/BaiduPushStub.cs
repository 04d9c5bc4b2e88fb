using System.Net;
using System.Net.Sockets;

namespace Inkstone.Cli.Tests.Deploying;

/// <summary>
/// Stands in for Baidu's push API on loopback: records every request (query, content type, body) and answers with
/// the status and body it is given.
/// </summary>
internal sealed class BaiduPushStub : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(string Query, string? ContentType, string Body)> _requests = [];
    private readonly Task _serving;

    /// <param name="answer">The body of every answer; by default Baidu's for taking every address sent.</param>
    public BaiduPushStub(int status = 200, string? answer = null)
    {
        var port = FreePort();
        Endpoint = $"http://127.0.0.1:{port}/urls";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _serving = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream);
                var body = await reader.ReadToEndAsync();
                lock (_requests)
                {
                    _requests.Add((context.Request.Url!.Query, context.Request.ContentType, body));
                }

                context.Response.StatusCode = status;
                var bytes = System.Text.Encoding.UTF8.GetBytes(answer ?? $$"""{"remain":99000,"success":{{body.Split('\n').Length}}}""");
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        });
    }

    public string Endpoint { get; }

    public IReadOnlyList<(string Query, string? ContentType, string Body)> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
