using System.Text;
using System.Xml.Linq;
using Inkstone.Math;

namespace Inkstone.Math.Tests;

/// <summary>Compiles formulas for tests and compares MathML after XML normalisation (attribute order and whitespace do not matter).</summary>
internal static class MathMarkup
{
    public static readonly MathCompiler Compiler = new();

    /// <summary>TeX's thick space each side, written out on a relation whose dictionary spacing differs.</summary>
    public const string Thick = " lspace=\"0.2778em\" rspace=\"0.2778em\"";

    /// <summary>TeX's medium space each side, written out on a binary operator whose dictionary spacing differs.</summary>
    public const string Medium = " lspace=\"0.2222em\" rspace=\"0.2222em\"";

    /// <summary>The canonical markup of the formula's content (the first child of semantics), without the math element and annotation.</summary>
    public static string Body(string tex, bool display = false) => Body(tex, new MathRenderOptions { Display = display });

    public static string Body(string tex, MathRenderOptions options)
    {
        var html = Compiler.CompileToString(tex, options, out var result);
        Assert.True(result.Errors.Count == 0, $"unexpected error for {tex}: {string.Join("; ", result.Errors)}");
        var math = XElement.Parse(html);
        var content = math.Element("semantics")!.Elements().First();
        return Canonical(content);
    }

    /// <summary>Parses markup and writes it back with sorted attributes and no insignificant whitespace.</summary>
    public static string Canonical(string markup) => Canonical(XElement.Parse(markup));

    public static string Canonical(XElement element)
    {
        var builder = new StringBuilder();
        Write(builder, element);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, XElement element)
    {
        builder.Append('<').Append(element.Name.LocalName);
        foreach (var attribute in element.Attributes().OrderBy(a => a.Name.LocalName, StringComparer.Ordinal))
        {
            builder.Append(' ').Append(attribute.Name.LocalName).Append("=\"").Append(attribute.Value).Append('"');
        }
        builder.Append('>');
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XElement child:
                    Write(builder, child);
                    break;
                case XText text when !string.IsNullOrWhiteSpace(text.Value) || element.Name.LocalName == "mtext":
                    builder.Append(System.Security.SecurityElement.Escape(text.Value));
                    break;
            }
        }
        builder.Append("</").Append(element.Name.LocalName).Append('>');
    }

    public static void Renders(string tex, string expected, bool display = false) =>
        Assert.Equal(Canonical(expected), Body(tex, display));

    public static MathError Error(string tex, bool display = false)
    {
        var html = Compiler.CompileToString(tex, new MathRenderOptions { Display = display }, out var result);
        Assert.True(result.RenderedAsError, $"expected an error for {tex}, got {html}");
        Assert.Single(result.Errors);
        Assert.StartsWith("<span class=\"math-error", html, StringComparison.Ordinal);
        return result.Errors[0];
    }
}
