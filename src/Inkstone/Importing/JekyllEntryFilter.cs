namespace Inkstone.Importing;

/// <summary>
/// Jekyll's rule for which files are part of the site: no segment starting with '_', '.' or '#' or ending
/// with '~' unless listed in <c>include</c>, and nothing matching <c>exclude</c> (a name, a path prefix or a glob).
/// </summary>
internal static class JekyllEntryFilter
{
    public static bool Visible(string path, IReadOnlyList<string> include, IReadOnlyList<string> exclude)
    {
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var sofar = string.Join('/', segments.Take(i + 1));
            var special = segment.StartsWith('_') || segment.StartsWith('.') || segment.StartsWith('#') || segment.EndsWith('~');
            if (special && !include.Any(p => Matches(p, segment) || Matches(p, sofar)))
            {
                return false;
            }

            if (exclude.Any(p => Matches(p, sofar)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(string pattern, string path)
    {
        var p = pattern.Trim().Trim('/');
        if (p.Length == 0)
        {
            return false;
        }

        if (string.Equals(p, path, StringComparison.Ordinal))
        {
            return true;
        }

        return (p.Contains('*', StringComparison.Ordinal) || p.Contains('?', StringComparison.Ordinal)) && Glob(p, path);
    }

    private static bool Glob(string pattern, string text)
    {
        var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal).Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(text, regex);
    }
}
