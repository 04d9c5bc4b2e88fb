using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using Inkstone.Building;
using Inkstone.Server.Live;

namespace Inkstone.Server.Tests;

/// <summary>
/// A site in a temporary folder, built and served with live reload on loopback, with a Server-Sent
/// Events client listening like a browser tab. Every wait is bounded.
/// </summary>
internal sealed class LiveServerFixture : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<RebuildReport> _rebuilds = Channel.CreateUnbounded<RebuildReport>();
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();

    private LiveServerFixture(string root, bool outputInsideSite)
    {
        Root = root;
        Output = outputInsideSite ? Path.Combine(root, "site", ".inkstone", "serve") : Path.Combine(root, "out");
    }

    public string Root { get; }

    public string Site => Path.Combine(Root, "site");

    public string Output { get; }

    public LiveSite Live { get; private set; } = null!;

    public PreviewServer Server { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = Patience };

    public static async Task<LiveServerFixture> StartAsync(bool watch = true, bool outputInsideSite = false)
    {
        var fixture = new LiveServerFixture(Directory.CreateTempSubdirectory("inkstone-live-").FullName, outputInsideSite);
        fixture.Write("inkstone.yml", "title: Live\n");
        fixture.Write("content/posts/a.md", "---\ntitle: 第一篇\ndate: 2025-01-01\n---\n最初的正文。\n");
        fixture.Write("static/extra.css", "body { color: black; }\n");
        // The server holds its port before the first build, as 'inkstone serve' does; test classes run in
        // parallel, so each starts from a random port.
        var hub = new LiveReloadHub();
        fixture.Server = await PreviewServer.StartAsync(fixture.Output, "127.0.0.1", 47000 + Random.Shared.Next(0, 3000), hub);
        fixture.Live = new LiveSite(fixture.Site, fixture.Output, new BuildOptions { BaseUrl = fixture.Server.Address.ToString() }, hub);
        Assert.True(fixture.Live.BuildNow().Succeeded);

        fixture.Live.Rebuilt += r => fixture._rebuilds.Writer.TryWrite(r);
        fixture.Http.BaseAddress = fixture.Server.Address;
        if (watch)
        {
            fixture.Live.Watch(TimeSpan.FromMilliseconds(40));
        }

        return fixture;
    }

    public void Write(string path, string text)
    {
        var full = Path.Combine(Site, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Opens an event stream as a tab would, and waits until the server has registered it.</summary>
    public async Task ListenAsync()
    {
        var response = await Http.GetAsync(LiveReloadHub.Path, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
        var stream = await response.Content.ReadAsStreamAsync(_stop.Token);
        _ = Task.Run(async () =>
        {
            using var reader = new StreamReader(stream);
            var current = new StringBuilder();
            try
            {
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    if (line.Length == 0 && current.Length > 0)
                    {
                        _events.Writer.TryWrite(current.ToString());
                        current.Clear();
                    }
                    else if (line.StartsWith("event:", StringComparison.Ordinal) || line.StartsWith("data:", StringComparison.Ordinal))
                    {
                        current.Append(line).Append('\n');
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (IOException)
            {
            }
        });
        var deadline = DateTime.UtcNow + Patience;
        while (Live.Hub.ClientCount == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
    }

    public async Task<RebuildReport> NextRebuildAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await _rebuilds.Reader.ReadAsync(timeout.Token);
    }

    public async Task<string> NextEventAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await _events.Reader.ReadAsync(timeout.Token);
    }

    public async Task<string> GetTextAsync(string path) => await Http.GetStringAsync(path);

    /// <summary>Sends a request line exactly as written, as a hostile client would, bypassing HttpClient's normalisation.</summary>
    public async Task<string> RawStatusLineAsync(string target, string method = "GET", string host = "127.0.0.1") =>
        (await RawResponseAsync(target, method, host)).Split("\r\n")[0];

    /// <summary>The status line and headers of a request sent exactly as written.</summary>
    public async Task<string> RawResponseAsync(string target, string method = "GET", string host = "127.0.0.1")
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", Server.Address.Port);
        var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"{method} {target} HTTP/1.1\r\nHost: {host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var head = new StringBuilder();
        while (await reader.ReadLineAsync() is { Length: > 0 } line)
        {
            head.Append(line).Append("\r\n");
        }

        return head.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        Http.Dispose();
        await Server.DisposeAsync();
        Live.Dispose();
        _stop.Dispose();
        Directory.Delete(Root, recursive: true);
    }
}
