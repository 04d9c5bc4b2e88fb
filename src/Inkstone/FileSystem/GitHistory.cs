using System.Diagnostics;
using System.Globalization;

namespace Inkstone.FileSystem;

/// <summary>
/// The date each file of a git work tree was first committed, read with one <c>git log</c> for the whole
/// folder the first time a post without a date asks. A folder outside git, or no git at all, has no dates.
/// </summary>
internal sealed class GitHistory(string root)
{
    private readonly Lazy<Dictionary<string, DateTimeOffset>> _added = new(() => Read(root));

    /// <summary>The author date of the first commit that added <paramref name="path"/> (site-relative), if any.</summary>
    public DateTimeOffset? FirstCommit(string path) => _added.Value.TryGetValue(path, out var when) ? when : null;

    private static Dictionary<string, DateTimeOffset> Read(string root)
    {
        var added = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (!IsInsideGit(root))
        {
            return added;
        }

        // Newest first: the last date seen for a path is the commit that first added it. --relative keeps
        // paths relative to the site folder even when the repository starts higher up.
        var output = Run(root, "-c", "core.quotepath=false", "log", "--relative", "--diff-filter=A", "--no-renames", "--format=%x01%aI", "--name-only", "-z");
        if (output is null)
        {
            return added;
        }

        DateTimeOffset? current = null;
        foreach (var field in output.Split('\0'))
        {
            var text = field.Trim('\n');
            var mark = text.IndexOf('\u0001', StringComparison.Ordinal);
            if (mark >= 0)
            {
                current = DateTimeOffset.TryParse(text[(mark + 1)..].Split('\n')[0], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
                text = text[..mark].Trim('\n');
            }

            if (text.Length > 0 && current is { } when)
            {
                added[text] = when;
            }
        }

        return added;
    }

    private static bool IsInsideGit(string root)
    {
        for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Run(string root, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var errors = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = errors.Result;
            return process.ExitCode == 0 ? text : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed: posts fall back to modification times
        }
    }
}
