namespace Inkstone.Browser.Tests;

/// <summary>
/// Finds Debian's Chromium, the only browser these tests drive. The tests install nothing: tests/setup.sh
/// does, so a missing browser is a failure with the fix in its message, and the browser tests can never
/// pass by not running.
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

        return File.Exists(DebianPath)
            ? DebianPath
            : throw new InvalidOperationException(
                $"The browser tests need Chromium at {DebianPath}. Run tests/setup.sh (as root, it installs Debian's chromium), " +
                $"set {Variable} to a Chromium binary, or leave this tier out: dotnet test --filter Category!=Browser");
    }
}
