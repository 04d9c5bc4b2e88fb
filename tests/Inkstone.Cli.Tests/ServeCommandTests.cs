using System.Net.Sockets;
using System.Text.RegularExpressions;
using Inkstone.Server;

namespace Inkstone.Cli.Tests;

/// <summary><c>inkstone serve</c> run in-process until cancelled.</summary>
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-cli-serve-").FullName;

    public ServeCommandTests() => CliRun.Invoke(_root, "new", "site", "blog");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task The_links_name_the_port_served_on_even_when_another_program_takes_the_asked_port_during_the_first_build()
    {
        var port = PreviewServer.FreePort("127.0.0.1", 44000 + Random.Shared.Next(0, 3000));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        // Another program that takes the port as soon as the first build starts writing the site.
        using var thief = new TcpListener(System.Net.IPAddress.Loopback, port);
        var stolen = Task.Run(async () =>
        {
            var preview = Path.Combine(_root, "blog", ".inkstone");
            while (!stop.IsCancellationRequested && !(Directory.Exists(preview) && Directory.EnumerateFileSystemEntries(preview, ".serve*").Any()))
            {
                await Task.Delay(1);
            }

            try
            {
                thief.Start();
            }
            catch (SocketException)
            {
                // The preview holds the port already: as it should.
            }
        });
        var output = new StringWriter();
        var env = new ConsoleEnvironment { Out = TextWriter.Synchronized(output), Error = TextWriter.Synchronized(new StringWriter()), WorkingDirectory = _root, Now = () => CliRun.Now, IsInteractive = false };
        var serving = CommandLine.RunAsync(["serve", "blog", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], env, stop.Token);

        var address = await ServedAddressAsync(output, serving, stop.Token);
        using var http = new HttpClient();
        var page = await http.GetStringAsync(address, stop.Token);
        await stolen;
        await stop.CancelAsync();
        await serving;

        Assert.Contains($"<link rel=\"canonical\" href=\"{address}\">", page);
    }

    private static async Task<Uri> ServedAddressAsync(StringWriter output, Task<int> serving, CancellationToken cancellation)
    {
        while (!serving.IsCompleted)
        {
            if (ServingLine().Match(output.ToString()) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }

            await Task.Delay(20, cancellation);
        }

        throw new InvalidOperationException($"serve ended with {await serving}: {output}");
    }

    [GeneratedRegex(@"Serving .* at (http://\S+/) with live reload")]
    private static partial Regex ServingLine();
}
