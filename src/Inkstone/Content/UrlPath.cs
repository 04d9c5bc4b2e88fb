using System.Text;

namespace Inkstone.Content;

/// <summary>
/// A URL path as written into a page's links: the characters that would end or break a path in an <c>href</c>
/// (a space, '#', '?', '%', quotes and brackets) are percent-encoded, so that Hugo's <c>/tags/c#/</c> and Jekyll's
/// <c>/reinforcement learning/</c> reach their pages. Other characters, Chinese included, stay readable.
/// </summary>
internal static class UrlPath
{
    private const string Unsafe = " #?%\"<>\\^`{|}";

    public static string Escape(string path)
    {
        if (path.AsSpan().IndexOfAny(Unsafe) < 0)
        {
            return path;
        }

        var builder = new StringBuilder(path.Length + 8);
        foreach (var c in path)
        {
            if (Unsafe.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
