namespace Inkstone.Output;

/// <summary>
/// The last line of defence for "nothing is ever written outside the output folder": every path a
/// sink is given is checked here, whatever the stage that produced it.
/// </summary>
internal static class OutputPath
{
    public static string Check(string path)
    {
        var normalized = path.Replace('\\', '/').TrimStart('/');
        if (normalized.Length == 0 || normalized.Contains('\0') || Path.IsPathRooted(normalized) || normalized.Contains(':'))
        {
            throw new InvalidOperationException($"Refusing to write to '{path}': not a relative path inside the output folder.");
        }

        foreach (var segment in normalized.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                throw new InvalidOperationException($"Refusing to write to '{path}': it would leave the output folder.");
            }
        }

        return normalized;
    }

    /// <summary>The file for a URL path: "/posts/a/" is "posts/a/index.html".</summary>
    public static string ForUrl(string url)
    {
        var trimmed = url.TrimStart('/');
        return trimmed.Length == 0 || trimmed.EndsWith('/') ? trimmed + "index.html" : trimmed;
    }
}
