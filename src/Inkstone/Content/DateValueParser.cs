using System.Globalization;

namespace Inkstone.Content;

/// <summary>
/// Parses the date forms found in front matter: a date, a date and time (with 'T' or a space, with or
/// without seconds), with or without an offset. A value without an offset is in the site's time zone.
/// </summary>
internal static class DateValueParser
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd H:mm", "yyyy-MM-dd H:mm:ss", "yyyy-M-d H:mm", "yyyy-M-d H:mm:ss", "yyyy/MM/dd HH:mm", "yyyy/MM/dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mm:ss zzz",
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd HH:mm:ss zz", "yyyy-MM-dd HH:mm:ss zzzz",
    ];

    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset value)
    {
        var trimmed = text.Trim();
        if (DateTimeOffset.TryParseExact(trimmed, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            return true;
        }

        if (DateTime.TryParseExact(trimmed, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            value = new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
            return true;
        }

        value = default;
        return false;
    }
}
