namespace Inkstone.Diagrams.Internal.Svg;

/// <summary>
/// The outer <c>svg</c> element every diagram shares: its size, a class per diagram type for the theme's CSS,
/// <c>role="img"</c> named by its <c>title</c> and described by its <c>desc</c>, which holds the diagram's source.
/// </summary>
internal static class SvgDocument
{
    public static SvgText Open(string kind, double width, double height, DiagramOptions options, string title, string source)
    {
        var w = SvgText.Number(System.Math.Ceiling(width));
        var h = SvgText.Number(System.Math.Ceiling(height));
        var id = options.IdPrefix;
        var svg = new SvgText();
        svg.Raw($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram-svg diagram-svg--{kind}\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\" font-size=\"14\" role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\">");
        svg.Raw($"<title id=\"{id}-title\">").Escaped(title).Raw("</title>");
        svg.Raw($"<desc id=\"{id}-desc\">").Escaped(source.Trim()).Raw("</desc>");
        return svg;
    }
}
