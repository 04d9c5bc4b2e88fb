using System.Diagnostics;
using Inkstone.Deploying;
using Inkstone.Testing;

namespace Inkstone.Cli.Tests.Deploying;

/// <summary>
/// s3rver (npm, pinned by tests/s3rver/package-lock.json, installed by tests/setup.sh), a real S3-compatible
/// server, started on a free loopback port with the buckets "site" and "other", for all the tests of a class.
/// It accepts the access key S3RVER and answers any other with InvalidAccessKeyId. It stops when the test
/// process closes its standard input.
/// </summary>
public sealed class S3TestServer : IDisposable
{
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    private readonly Process _process;
    private readonly string _data = Directory.CreateTempSubdirectory("inkstone-s3rver-").FullName;

    public S3TestServer()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "s3rver");
        Assert.True(File.Exists(Path.Combine(folder, "node_modules", "s3rver", "package.json")),
            "s3rver is not installed in tests/s3rver; run tests/setup.sh, which installs it from tests/s3rver/package-lock.json.");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "serve.js", _data, "site", "other" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        // Read on the thread pool: xUnit's synchronization context would wait for itself on an awaited read.
        var line = Task.Run(_process.StandardOutput.ReadLine);
        var waited = line.Wait(TimeSpan.FromSeconds(60));
        Assert.True(waited && line.Result?.StartsWith("listening ", StringComparison.Ordinal) == true,
            "s3rver did not start: " + (_process.HasExited ? _process.StandardError.ReadToEnd() : "it printed no port in 60 s"));
        Endpoint = new Uri($"http://127.0.0.1:{line.Result!["listening ".Length..]}");
    }

    public Uri Endpoint { get; }

    /// <summary>The environment a deploy to this server runs with.</summary>
    public Dictionary<string, string> Variables(string accessKey = AccessKey) => new()
    {
        ["AWS_ACCESS_KEY_ID"] = accessKey,
        ["AWS_SECRET_ACCESS_KEY"] = SecretKey,
        ["AWS_ENDPOINT_URL"] = Endpoint.ToString(),
    };

    /// <summary>The objects under <paramref name="prefix"/> of the bucket "site": key (without the prefix) and MD5.</summary>
    public Dictionary<string, string?> Objects(string prefix)
    {
        using var client = new S3Client(new BucketTarget("site", prefix, Endpoint, "us-east-1", PathStyle: true), new AwsCredentials(AccessKey, SecretKey, null, "test"));
        return client.List(prefix).ToDictionary(o => o.Key[prefix.Length..], o => o.Value, StringComparer.Ordinal);
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            _process.Kill();
        }

        _process.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}
