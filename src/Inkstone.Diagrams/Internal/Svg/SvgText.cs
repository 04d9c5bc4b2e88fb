using System.Globalization;
using System.Text;

namespace Inkstone.Diagrams.Internal.Svg;

/// <summary>
/// Writes SVG by hand: numbers with at most two decimals in the invariant culture (so a build on any machine
/// writes the same bytes), and text escaped for XML.
/// </summary>
internal sealed class SvgText
{
    private readonly StringBuilder _text = new();

    public SvgText Raw(string text)
    {
        _text.Append(text);
        return this;
    }

    public SvgText Escaped(string text)
    {
        _text.Append(Escape(text));
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>A coordinate: rounded to hundredths, "-0" written as "0", no exponent, no trailing zeros.</summary>
    public static string Number(double value)
    {
        var rounded = System.Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return "0";
        }

        return rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => c < ' ' && c != '\n' && c != '\t' ? "" : c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Text lines centred on (x, y): one <c>tspan</c> per line.</summary>
    public SvgText Label(IReadOnlyList<string> lines, double x, double y, string cssClass)
    {
        var first = y - (lines.Count - 1) * Text.TextMetrics.LineHeight / 2;
        _text.Append("<text class=\"").Append(cssClass).Append("\" text-anchor=\"middle\" dominant-baseline=\"central\" x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(first)).Append("\">");
        for (var i = 0; i < lines.Count; i++)
        {
            _text.Append("<tspan x=\"").Append(Number(x)).Append('"');
            if (i > 0)
            {
                _text.Append(" dy=\"").Append(Number(Text.TextMetrics.LineHeight)).Append('"');
            }

            _text.Append('>').Append(Escape(lines[i])).Append("</tspan>");
        }

        _text.Append("</text>");
        return this;
    }

    /// <summary>An SVG path through the points: straight segments.</summary>
    public static string Polyline(IReadOnlyList<Point> points)
    {
        var d = new StringBuilder();
        for (var i = 0; i < points.Count; i++)
        {
            d.Append(i == 0 ? 'M' : 'L').Append(Number(points[i].X)).Append(',').Append(Number(points[i].Y));
        }

        return d.ToString();
    }

    /// <summary>
    /// A smooth path through the points: straight from the first point to the middle of the first segment,
    /// a quadratic curve around each inner point, straight into the last point, so the end keeps the
    /// direction its arrowhead is drawn in.
    /// </summary>
    public static string Smooth(IReadOnlyList<Point> points)
    {
        if (points.Count < 3)
        {
            return Polyline(points);
        }

        var d = new StringBuilder();
        d.Append('M').Append(Number(points[0].X)).Append(',').Append(Number(points[0].Y));
        for (var i = 1; i < points.Count - 1; i++)
        {
            var before = Point.Between(points[i - 1], points[i]);
            var after = Point.Between(points[i], points[i + 1]);
            if (i == 1)
            {
                before = points[0];
            }

            d.Append('L').Append(Number(before.X)).Append(',').Append(Number(before.Y));
            d.Append('Q').Append(Number(points[i].X)).Append(',').Append(Number(points[i].Y)).Append(' ')
                .Append(Number(after.X)).Append(',').Append(Number(after.Y));
        }

        var last = points[^1];
        d.Append('L').Append(Number(last.X)).Append(',').Append(Number(last.Y));
        return d.ToString();
    }
}
