using System.Globalization;
using System.Text.RegularExpressions;

namespace Inkstone.Importing;

/// <summary>
/// Expands the <c>:placeholder</c> permalink patterns Jekyll, Hexo and Hugo share
/// (<c>/:year/:month/:day/:title/</c>); each engine supplies what a placeholder means.
/// </summary>
internal static partial class PermalinkTemplate
{
    /// <summary>Replaces every <c>:name</c> that <paramref name="value"/> knows; unknown ones stay as written.</summary>
    public static string Expand(string template, Func<string, string?> value) =>
        Placeholder().Replace(template, m => value(m.Groups[1].Value) ?? m.Value);

    /// <summary>"//a/./b//" is "/a/b/": the tidying every engine does after expanding (empty categories leave "//").</summary>
    public static string Clean(string url)
    {
        var segments = url.Replace('\\', '/').Split('/').Where(s => s.Length > 0 && s != "." && s != "..").ToList();
        var trailing = url.EndsWith('/') || segments.Count == 0;
        return "/" + string.Join('/', segments) + (trailing && segments.Count > 0 ? "/" : "");
    }

    /// <summary>The date placeholders, in the site's time zone: <c>year month i_month day i_day hour minute second</c> and the rest Jekyll and Hugo know.</summary>
    public static string? DatePart(string name, DateTimeOffset date)
    {
        var c = CultureInfo.InvariantCulture;
        return name switch
        {
            "year" => date.Year.ToString("0000", c),
            "short_year" => (date.Year % 100).ToString("00", c),
            "month" => date.Month.ToString("00", c),
            "i_month" => date.Month.ToString(c),
            "day" => date.Day.ToString("00", c),
            "i_day" => date.Day.ToString(c),
            "hour" => date.Hour.ToString("00", c),
            "minute" => date.Minute.ToString("00", c),
            "second" => date.Second.ToString("00", c),
            "y_day" => date.DayOfYear.ToString("000", c),
            "yearday" => date.DayOfYear.ToString(c),
            "short_month" => date.ToString("MMM", c),
            "long_month" or "monthname" => date.ToString("MMMM", c),
            "short_day" => date.ToString("ddd", c),
            "long_day" or "weekdayname" => date.ToString("dddd", c),
            "weekday" => ((int)date.DayOfWeek).ToString(c),
            "week" => ISOWeek.GetWeekOfYear(date.DateTime).ToString("00", c),
            "w_year" => ISOWeek.GetYear(date.DateTime).ToString(c),
            "w_day" => (date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek).ToString(c),
            "timestamp" => date.ToUnixTimeSeconds().ToString(c),
            _ => null,
        };
    }

    [GeneratedRegex(":([A-Za-z_]+)")]
    private static partial Regex Placeholder();
}
