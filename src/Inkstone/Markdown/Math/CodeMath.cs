using System.Text.RegularExpressions;
using Markdig.Extensions.Mathematics;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.Math;

/// <summary>
/// With <c>math.code_delimiters</c>, inline code that is only a formula (<c>`$x$`</c>, <c>`$$x$$`</c>, <c>`\(x\)`</c>)
/// is that formula: themes that told MathJax to look inside <c>&lt;code&gt;</c> let writers keep Markdown off their TeX
/// this way. Code with anything around the formula stays code.
/// </summary>
internal static partial class CodeMath
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var code in document.Descendants<CodeInline>().ToList())
        {
            var match = Formula().Match(code.Content);
            if (!match.Success || code.Parent is null)
            {
                continue;
            }

            var group = match.Groups["inline"].Success ? match.Groups["inline"] : match.Groups["display"].Success ? match.Groups["display"] : match.Groups["paren"];
            var tex = group.Value;
            // The formula's place in the source: after the backticks, the code's own padding space, and the opening delimiter.
            var padding = code.Content.Length < code.Span.Length - 2 * code.DelimiterCount ? 1 : 0;
            var first = code.Span.Start + code.DelimiterCount + padding + group.Index;
            var math = new MathInline
            {
                Content = new StringSlice(tex),
                Delimiter = '$',
                DelimiterCount = match.Groups["display"].Success ? 2 : 1,
                Span = code.Span,
                Line = code.Line,
                Column = code.Column,
            };
            math.GetAttributes().AddClass("math");
            math.SetData(typeof(FormulaOffsets), new FormulaOffsets(Enumerable.Range(first, tex.Length + 1).ToArray()));
            code.ReplaceBy(math);
        }
    }

    [GeneratedRegex("""^(?:\$\$(?<display>[^$]+)\$\$|\$(?<inline>[^$\s](?:[^$]*[^$\s])?)\$|\\\((?<paren>.+)\\\))$""")]
    private static partial Regex Formula();
}
