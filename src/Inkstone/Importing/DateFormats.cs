using System.Text;

namespace Inkstone.Importing;

/// <summary>
/// The date formats other engines write, as .NET format strings for <see cref="Configuration.SiteConfig.DateFormat"/>:
/// Hexo's moment.js tokens (<c>YYYY-MM-DD</c>), Jekyll's strftime (<c>%b %-d, %Y</c>) and Hugo's Go layouts
/// (<c>Jan 2, 2006</c>). Text that is no token is kept as a literal.
/// </summary>
internal static class DateFormats
{
    private static readonly (string Token, string Net)[] Moment =
        [("YYYY", "yyyy"), ("YY", "yy"), ("MMMM", "MMMM"), ("MMM", "MMM"), ("MM", "MM"), ("M", "M"), ("DD", "dd"), ("D", "d"),
         ("dddd", "dddd"), ("ddd", "ddd"), ("HH", "HH"), ("H", "H"), ("hh", "hh"), ("h", "h"), ("mm", "mm"), ("m", "m"), ("ss", "ss"), ("s", "s"), ("A", "tt")];

    private static readonly (string Token, string Net)[] Strftime =
        [("%Y", "yyyy"), ("%y", "yy"), ("%m", "MM"), ("%-m", "M"), ("%d", "dd"), ("%-d", "d"), ("%e", "d"), ("%b", "MMM"), ("%B", "MMMM"),
         ("%a", "ddd"), ("%A", "dddd"), ("%H", "HH"), ("%-H", "H"), ("%I", "hh"), ("%M", "mm"), ("%S", "ss"), ("%p", "tt")];

    private static readonly (string Token, string Net)[] GoLayout =
        [("2006", "yyyy"), ("January", "MMMM"), ("Jan", "MMM"), ("Monday", "dddd"), ("Mon", "ddd"), ("01", "MM"), ("02", "dd"), ("_2", "d"),
         ("06", "yy"), ("15", "HH"), ("03", "hh"), ("04", "mm"), ("05", "ss"), ("PM", "tt"), ("1", "M"), ("2", "d"), ("3", "h")];

    public static string? FromMoment(string? format) => Convert(format, Moment, literalBrackets: true);

    public static string? FromStrftime(string? format) => Convert(format, Strftime, literalBrackets: false);

    public static string? FromGoLayout(string? format) => Convert(format, GoLayout, literalBrackets: false);

    private static string? Convert(string? format, (string Token, string Net)[] tokens, bool literalBrackets)
    {
        if (string.IsNullOrWhiteSpace(format))
        {
            return null;
        }

        var result = new StringBuilder();
        var literal = new StringBuilder();
        void Flush()
        {
            if (literal.Length > 0)
            {
                result.Append('\'').Append(literal.Replace("'", "''")).Append('\'');
                literal.Clear();
            }
        }

        for (var i = 0; i < format.Length;)
        {
            if (literalBrackets && format[i] == '[' && format.IndexOf(']', i) is var close and > 0)
            {
                literal.Append(format, i + 1, close - i - 1);
                i = close + 1;
                continue;
            }

            var match = tokens.Where(t => string.CompareOrdinal(format, i, t.Token, 0, t.Token.Length) == 0).OrderByDescending(t => t.Token.Length).FirstOrDefault();
            if (match.Token is null)
            {
                literal.Append(format[i]);
                i++;
                continue;
            }

            Flush();
            result.Append(match.Net);
            i += match.Token.Length;
        }

        Flush();
        // A lone one-letter specifier would be read as a standard format ("d" is the short date).
        var net = result.ToString();
        return net.Length == 1 ? "%" + net : net;
    }
}
