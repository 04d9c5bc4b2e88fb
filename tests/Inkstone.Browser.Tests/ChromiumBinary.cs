using System.Diagnostics;

namespace Inkstone.Browser.Tests;

/// <summary>
/// Finds Debian's Chromium, the only browser these tests drive. On a fresh machine where we are root and
/// apt-get exists it installs the package; anywhere else a missing browser is a failure with the fix in
/// its message, so the browser tests can never pass by not running.
/// </summary>
internal static class ChromiumBinary
{
    public const string Variable = "INKSTONE_CHROMIUM";
    private const string DebianPath = "/usr/bin/chromium";

    public static string Locate()
    {
        var chosen = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(chosen))
        {
            return File.Exists(chosen)
                ? chosen
                : throw new InvalidOperationException($"{Variable} names '{chosen}', which does not exist. Point it at a Chromium binary or unset it to use {DebianPath}.");
        }

        if (!File.Exists(DebianPath))
        {
            InstallWithApt();
        }

        return File.Exists(DebianPath)
            ? DebianPath
            : throw new InvalidOperationException($"Chromium is missing: {DebianPath} does not exist after 'apt-get install -y chromium'.");
    }

    private static void InstallWithApt()
    {
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess || !File.Exists("/usr/bin/apt-get"))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {DebianPath} and cannot install it here (not root, or no apt-get). " +
                $"Install it with 'sudo apt-get install chromium', or set {Variable} to a Chromium binary.");
        }

        Run("apt-get", "update");
        Run("apt-get", "install -y chromium");
    }

    private static void Run(string command, string arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{command} {arguments}' failed with exit code {process.ExitCode}; the browser tests need Chromium.\n{output.Result}\n{error.Result}");
        }
    }
}
