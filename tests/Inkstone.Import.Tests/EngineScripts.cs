using System.Diagnostics;
using System.Text;
using Inkstone.Testing;

namespace Inkstone.Import.Tests;

/// <summary>Runs the shell scripts in tests/engines/: the real engines' builds and the URL listing.</summary>
internal static class EngineScripts
{
    /// <summary>page-urls.sh exits with this when the engine it was asked for is not installed.</summary>
    public const int EngineMissing = 3;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Builds <paramref name="site"/> with the real engine into <paramref name="output"/>; prints its page URLs.</summary>
    public static CommandRun PageUrls(string engine, string site, string output) => Run("page-urls.sh", engine, site, output);

    /// <summary>The page URLs of a built site, listed as the real engines' output is.</summary>
    public static CommandRun ListUrls(string output) => Run("list-urls.sh", output);

    private static CommandRun Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "tests", "engines", script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash for tests/engines/" + script);
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"tests/engines/{script} {string.Join(' ', args)} ran longer than {Timeout.TotalMinutes} minutes.");
        }

        return new CommandRun(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}
