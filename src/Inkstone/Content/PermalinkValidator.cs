using Inkstone.Diagnostics;

namespace Inkstone.Content;

/// <summary>
/// Checks a permalink from front matter and normalises it to "/a/b/". A permalink can never lead
/// outside the output folder: "..", absolute URLs, backslashes and control characters are errors.
/// </summary>
internal static class PermalinkValidator
{
    public static string? Validate(string permalink, SourceLocation location, DiagnosticBag diagnostics)
    {
        var value = permalink.Trim();
        if (value.Contains("://", StringComparison.Ordinal) || value.StartsWith("//", StringComparison.Ordinal))
        {
            return Fail(location, permalink, "is a full URL; a permalink is a path on this site", diagnostics);
        }

        if (value.Contains('\\') || value.Any(char.IsControl) || value.Contains('?') || value.Contains('#'))
        {
            return Fail(location, permalink, "contains characters that cannot be part of a path", diagnostics);
        }

        var segments = value.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".."))
        {
            return Fail(location, permalink, "would lead outside the site's output folder", diagnostics);
        }

        if (segments.Length == 0)
        {
            return Fail(location, permalink, "is the site's home page, which belongs to the post list", diagnostics);
        }

        var last = segments[^1];
        var isFile = last.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
        return "/" + string.Join('/', segments) + (isFile ? "" : "/");
    }

    private static string? Fail(SourceLocation location, string permalink, string reason, DiagnosticBag diagnostics)
    {
        diagnostics.Error(DiagnosticIds.UnsafePermalink, location, $"The permalink '{permalink}' {reason}.",
            "Write a path inside the site, such as permalink: /2025/ppo/");
        return null;
    }
}
