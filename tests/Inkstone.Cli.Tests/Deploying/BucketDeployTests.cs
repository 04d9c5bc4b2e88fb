using System.Diagnostics;

namespace Inkstone.Cli.Tests.Deploying;

/// <summary><c>inkstone deploy --to s3://...</c> against s3rver, a real S3-compatible server on loopback.</summary>
[Trait("Category", "Deploy")]
public sealed class BucketDeployTests(S3TestServer server) : IClassFixture<S3TestServer>, IDisposable
{
    private readonly DeploySite _site = new();

    // Each test deploys under a prefix of its own in the one bucket.
    private readonly string _prefix = $"t{Guid.NewGuid():N}/";

    private string To => $"s3://site/{_prefix}";

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_first_deploy_uploads_every_file_with_its_content_type_and_cache_control()
    {
        var run = _site.Deploy(server.Variables(), "--to", To);

        Assert.Equal(0, run.ExitCode);
        var built = _site.Built();
        Assert.Equal(built, server.Objects(_prefix));
        Assert.Contains($"Deployed to {To}: {built.Count} files uploaded, 0 deleted, 0 unchanged.", run.Out);

        using var http = new HttpClient();
        var page = http.Send(new HttpRequestMessage(HttpMethod.Head, new Uri(server.Endpoint, $"/site/{_prefix}index.html")));
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.Equal("public, max-age=300", page.Headers.CacheControl?.ToString());
        var stylesheet = built.Keys.Single(p => p.StartsWith("assets/css/main.", StringComparison.Ordinal) && p != "assets/css/main.css");
        var asset = http.Send(new HttpRequestMessage(HttpMethod.Head, new Uri(server.Endpoint, $"/site/{_prefix}{stylesheet}")));
        Assert.Equal("text/css; charset=utf-8", asset.Content.Headers.ContentType?.ToString());
        Assert.Equal("public, max-age=31536000, immutable", asset.Headers.CacheControl?.ToString());
    }

    [Fact]
    public void Deploying_an_unchanged_site_again_uploads_nothing()
    {
        Assert.Equal(0, _site.Deploy(server.Variables(), "--to", To).ExitCode);

        var again = _site.Deploy(server.Variables(), "--to", To);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"{To} is up to date: {_site.Built().Count} files unchanged, nothing was uploaded or deleted.", again.Out);
        Assert.Empty(DeploySite.Listed(again, '+'));
    }

    [Fact]
    public void One_edit_uploads_only_the_files_whose_bytes_changed()
    {
        Assert.Equal(0, _site.Deploy(server.Variables(), "--to", To).ExitCode);
        var before = _site.Built();
        File.AppendAllText(_site.Post, "\n一段新写的文字。\n");

        var plan = _site.Deploy(server.Variables(), "--to", To, "--dry-run");
        var changed = DeploySite.Changed(before, _site.Built());
        Assert.Equal(before, server.Objects(_prefix)); // the dry run changed nothing
        var run = _site.Deploy(server.Variables(), "--to", To, "--no-build");

        Assert.Contains("posts/hello-inkstone/index.html", changed);
        Assert.True(changed.Count < before.Count / 2, $"{changed.Count} of {before.Count} files changed");
        Assert.Equal(changed, DeploySite.Listed(plan, '+').Order(StringComparer.Ordinal));
        Assert.Contains($"{changed.Count} files uploaded, 0 deleted, {before.Count - changed.Count} unchanged.", run.Out);
        Assert.Equal(_site.Built(), server.Objects(_prefix));
    }

    [Fact]
    public void A_page_the_site_no_longer_has_is_deleted_after_a_dry_run_lists_it()
    {
        Assert.Equal(0, _site.Deploy(server.Variables(), "--to", To).ExitCode);
        File.Delete(Path.Combine(_site.Folder, "content", "about.md"));

        var plan = _site.Deploy(server.Variables(), "--to", To, "--dry-run");
        Assert.Contains("about/index.html", server.Objects(_prefix).Keys);
        var run = _site.Deploy(server.Variables(), "--to", To, "--no-build");

        Assert.Equal(["about/index.html"], DeploySite.Listed(plan, '-'));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(", 1 deleted,", run.Out);
        Assert.Equal(_site.Built(), server.Objects(_prefix));
    }

    [Fact]
    public void A_deploy_killed_during_its_uploads_is_resumed_by_uploading_only_what_did_not_arrive()
    {
        _site.Build();
        var built = _site.Built();

        var killed = RunProcess("upload:10");
        var arrived = SettledObjects();
        var resumed = _site.Deploy(server.Variables(), "--to", To, "--no-build");

        Assert.NotEqual(0, killed);
        Assert.InRange(arrived.Count, 1, 9);
        Assert.DoesNotContain(arrived.Keys, p => p.EndsWith(".html", StringComparison.Ordinal)); // what pages load goes first
        var missing = built.Count - arrived.Count;
        Assert.Contains($"{missing} files uploaded, 0 deleted, {arrived.Count} unchanged.", resumed.Out);
        Assert.Equal(built, server.Objects(_prefix));
    }

    /// <summary>
    /// The bucket once it stops changing: uploads run in parallel, so the server may still be storing a request whose
    /// body arrived before the kill, and the test would count that file as missing.
    /// </summary>
    private Dictionary<string, string?> SettledObjects()
    {
        var objects = server.Objects(_prefix);
        for (var tries = 0; tries < 20; tries++)
        {
            Thread.Sleep(150);
            var again = server.Objects(_prefix);
            if (again.Count == objects.Count && again.All(o => objects.TryGetValue(o.Key, out var v) && v == o.Value))
            {
                return again;
            }

            objects = again;
        }

        return objects;
    }

    [Fact]
    public void Wrong_credentials_are_a_clear_error_and_change_nothing()
    {
        Assert.Equal(0, _site.Deploy(server.Variables(), "--to", To).ExitCode);
        var before = server.Objects(_prefix);
        File.Delete(Path.Combine(_site.Folder, "content", "about.md"));

        var run = _site.Deploy(server.Variables(accessKey: "AKIAWRONGWRONGWRONG0"), "--to", To);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {To}: the bucket could not be listed: the storage answered InvalidAccessKeyId:", run.Error);
        Assert.Contains("Nothing was changed.", run.Error);
        Assert.Contains("hint: Check the credentials: Inkstone used access key AKIAWRONGWRONGWRONG0 (AWS_ACCESS_KEY_ID).", run.Error);
        Assert.DoesNotContain(S3TestServer.SecretKey, run.Error + run.Out);
        Assert.Equal(before, server.Objects(_prefix));
    }

    [Fact]
    public void A_bucket_that_does_not_exist_is_named_in_the_error()
    {
        var run = _site.Deploy(server.Variables(), "--to", "s3://no-such-bucket/");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("NoSuchBucket", run.Error);
        Assert.Contains("Create the bucket 'no-such-bucket'", run.Error);
    }

    [Fact]
    public void Missing_credentials_are_named_before_anything_is_built()
    {
        var run = _site.Deploy(new Dictionary<string, string> { ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(_site.Root, "none") }, "--to", To);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"No credentials for {To}", run.Error);
        Assert.False(Directory.Exists(_site.Output));
    }

    /// <summary>A real <c>inkstone deploy</c> process, which kills itself (SIGKILL) at <paramref name="fault"/>; its exit code.</summary>
    private int RunProcess(string fault)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Inkstone.Cli.dll"), "deploy", _site.Folder, "--to", To, "--no-build" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in server.Variables())
        {
            start.Environment[name] = value;
        }

        start.Environment[FaultInjection.Variable] = fault;
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "The deploy took over a minute.");
        return process.ExitCode;
    }
}
