using Inkstone.Data;
using Inkstone.Diagnostics;
using Inkstone.Math;
using Markdig.Extensions.Mathematics;
using Markdig.Helpers;
using Markdig.Syntax;

namespace Inkstone.Markdown.Math;

/// <summary>
/// Compiles every formula of one post at build time, in reading order, with one macro table so that
/// <c>\newcommand</c> in a formula applies to the later ones. Equation numbers and labels take two
/// passes: the first collects each <c>\label</c> with its number, the second resolves <c>\eqref</c> and
/// <c>\ref</c> anywhere in the post. Errors become diagnostics at the formula's place in the file.
/// </summary>
internal static class PostMathCompiler
{
    public const string MathErrorId = DiagnosticIds.MathError;

    private sealed record Formula(MarkdownObject Node, string Tex, bool Display, int[] BodyOffsets);

    public static void Compile(MarkdownDocument document, Content.Post post, SourceText body, int firstBodyLine, PostRenderContext context)
    {
        var formulas = Collect(document);
        if (formulas.Count == 0)
        {
            return;
        }

        var macros = context.MathMacros.Clone();
        foreach (var (name, definition) in post.MathMacros)
        {
            macros.Define(name, definition);
        }

        var numbering = context.Config.Math.NumberEquations;
        var next = 1;
        var labels = new Dictionary<string, string?>(StringComparer.Ordinal);
        var results = new (string Html, MathResult Result)[formulas.Count];
        for (var i = 0; i < formulas.Count; i++)
        {
            var formula = formulas[i];
            var options = new MathRenderOptions
            {
                Display = formula.Display,
                Macros = macros,
                AutoNumber = numbering && formula.Display ? next.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                Strict = context.Strict,
            };
            var html = context.Math.CompileToString(formula.Tex, options, out var result);
            if (formula.Display && options.AutoNumber is null && result.Tag is null && result.Labels.Count > 0)
            {
                // A labelled equation is numbered even when automatic numbering is off, as in LaTeX,
                // so that \eqref has a number to show.
                options = options with { AutoNumber = next.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                html = context.Math.CompileToString(formula.Tex, options, out result);
            }

            if (result.UsedAutoNumber)
            {
                next++;
            }

            foreach (var label in result.Labels)
            {
                labels.TryAdd(label.Name, label.Tag);
            }

            results[i] = (html, result);
        }

        for (var i = 0; i < formulas.Count; i++)
        {
            var (html, result) = results[i];
            if (result.ReferencedLabels.Count > 0)
            {
                // Second pass: the numbers of all labels in the post are known now.
                var options = new MathRenderOptions
                {
                    Display = formulas[i].Display,
                    Macros = macros,
                    AutoNumber = result.UsedAutoNumber ? result.Tag : null,
                    ResolveLabel = name => labels.TryGetValue(name, out var tag) ? tag ?? "" : null,
                    Strict = context.Strict,
                };
                html = context.Math.CompileToString(formulas[i].Tex, options, out result);
            }

            Report(formulas[i], result, post.SourcePath, body, firstBodyLine, context);
            if (!formulas[i].Display && ReferenceLink.FromLoneReference(formulas[i].Tex, html) is { } link)
            {
                html = link;
            }

            formulas[i].Node.SetData(typeof(RenderedMath), new RenderedMath(html, formulas[i].Tex, formulas[i].Display));
        }
    }

    private static void Report(Formula formula, MathResult result, string path, SourceText body, int firstBodyLine, PostRenderContext context)
    {
        foreach (var error in result.Errors)
        {
            var offset = error.Offset < formula.BodyOffsets.Length ? formula.BodyOffsets[error.Offset] : formula.BodyOffsets.LastOrDefault();
            var local = body.LocationOf(offset);
            var location = new SourceLocation(path, local.Line + firstBodyLine - 1, local.Column);
            var message = $"{error.Message} (in the formula '{Shorten(formula.Tex)}')";
            context.Diagnostics.Add(new Diagnostic(MathErrorId, context.Strict ? Severity.Error : Severity.Warning, location, message, error.Hint));
        }
    }

    private static string Shorten(string tex)
    {
        var oneLine = string.Join(' ', tex.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 60 ? oneLine : oneLine[..57] + "...";
    }

    private static List<Formula> Collect(MarkdownDocument document)
    {
        var formulas = new List<Formula>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case MathInline inline:
                    var offsets = (inline.GetData(typeof(FormulaOffsets)) as FormulaOffsets)?.Offsets ?? Contiguous(inline.Content);
                    formulas.Add(new Formula(inline, inline.Content.ToString(), inline.DelimiterCount == 2, offsets));
                    break;
                case MathBlock block:
                    formulas.Add(FromLines(block, block.Lines));
                    break;
                case FencedCodeBlock fenced when string.Equals(fenced.Info, "math", StringComparison.OrdinalIgnoreCase):
                    formulas.Add(FromLines(fenced, fenced.Lines));
                    break;
            }
        }

        return formulas;
    }

    /// <summary>For each character of the formula, its offset in the post body (one more for the end).</summary>
    private static int[] Contiguous(StringSlice slice)
    {
        var offsets = new int[slice.Length + 1];
        for (var i = 0; i <= slice.Length; i++)
        {
            offsets[i] = slice.Start + i;
        }

        return offsets;
    }

    private static Formula FromLines(LeafBlock block, StringLineGroup lines)
    {
        var tex = new System.Text.StringBuilder();
        var offsets = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            if (i > 0)
            {
                offsets.Add(slice.Start - 1);
                tex.Append('\n');
            }

            for (var j = 0; j < slice.Length; j++)
            {
                offsets.Add(slice.Start + j);
            }

            tex.Append(slice.AsSpan());
        }

        offsets.Add(offsets.Count > 0 ? offsets[^1] + 1 : block.Span.Start);
        return new Formula(block, tex.ToString(), true, [.. offsets]);
    }
}
