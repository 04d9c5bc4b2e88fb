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
/// <c>\ref</c> anywhere in the post. Errors become diagnostics at the formula's place in the file; a problem
/// in a macro's definition becomes one diagnostic at the definition, however many formulas use the macro.
/// </summary>
internal static class PostMathCompiler
{
    public const string MathErrorId = DiagnosticIds.MathError;

    private sealed record Formula(MarkdownObject Node, string Tex, bool Display, int[] BodyOffsets);

    /// <summary>How positions in the compiled Markdown become places in the post's file.</summary>
    /// <param name="Text">The Markdown the formulas were found in.</param>
    /// <param name="FirstLine">The file line of the text's first line.</param>
    /// <param name="Fixed">When set (a front matter summary), every formula problem is reported here, since positions in the value are not the file's.</param>
    private sealed record Placement(SourceText Text, int FirstLine, SourceLocation? Fixed);

    public static void Compile(MarkdownDocument document, Content.Post post, SourceText body, int firstBodyLine, PostRenderContext context) =>
        Compile(document, post, new Placement(body, firstBodyLine, null), context);

    /// <summary>Compiles the formulas of the front matter summary; their problems are reported at the summary's value.</summary>
    public static void CompileSummary(MarkdownDocument summary, Content.Post post, PostRenderContext context) =>
        Compile(summary, post, new Placement(new SourceText(post.SourcePath, post.Summary ?? ""), 1, post.Locate("summary", "description", "excerpt")), context);

    private static void Compile(MarkdownDocument document, Content.Post post, Placement placement, PostRenderContext context)
    {
        var formulas = Collect(document);
        if (formulas.Count == 0)
        {
            return;
        }

        var sites = new MacroDefinitionSites(context.Config.Math, post);
        var blamed = new Dictionary<(int Formula, string Macro), SourceLocation>();

        var macros = MacroTableBuilder.ForPost(context.MathMacros, post, sites, context.Diagnostics, context.Strict);

        var numbering = context.Config.Math.NumberEquations;
        var next = 1;
        var labels = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var holder in document.Descendants().OfType<IFormulaHolder>())
        {
            foreach (var (name, number) in holder.Labels)
            {
                labels.TryAdd(name, number);
            }
        }

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

            // A definition's place is fixed now, before a later formula redefines the macro.
            foreach (var definition in result.Definitions)
            {
                sites.Record(definition.Name, Locate(formula, definition.Offset, post.SourcePath, placement));
            }

            foreach (var error in result.Errors)
            {
                if (error.Macro is { } macro && sites.Find(macro) is { } site)
                {
                    blamed.TryAdd((i, macro), site);
                }
            }

            foreach (var label in result.Labels)
            {
                labels.TryAdd(label.Name, label.Tag);
            }

            results[i] = (html, result);
        }

        var reportedMacros = new HashSet<string>(StringComparer.Ordinal);
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

            Report(i, formulas[i], result, post.SourcePath, placement, blamed, reportedMacros, context);
            if (!formulas[i].Display && ReferenceLink.FromLoneReference(formulas[i].Tex, html) is { } link)
            {
                html = link;
            }

            formulas[i].Node.SetData(typeof(RenderedMath), new RenderedMath(html, formulas[i].Tex, formulas[i].Display)
            {
                Number = result.Tag,
                Label = result.Labels.Count > 0 ? result.Labels[0].Name : null,
            });
        }
    }

    /// <remarks>
    /// A problem that lies in a macro's definition (<see cref="MathError.Macro"/>) is reported once per post, at the
    /// definition, without naming the formula, so that every post using a broken site macro reports the same
    /// diagnostic (the bag keeps one). Notes (a \newcommand that redefines a command, as MathJax does) are not reported.
    /// </remarks>
    private static void Report(int index, Formula formula, MathResult result, string path, Placement placement,
        Dictionary<(int Formula, string Macro), SourceLocation> blamed, HashSet<string> reportedMacros, PostRenderContext context)
    {
        var severity = context.Strict ? Severity.Error : Severity.Warning;
        foreach (var error in result.Errors)
        {
            if (error.Macro is { } macro)
            {
                if (!reportedMacros.Add(macro))
                {
                    continue;
                }

                if (blamed.TryGetValue((index, macro), out var site))
                {
                    var named = error.Message.Contains($"\\{macro} ", StringComparison.Ordinal) || error.Message.Contains($"\\{macro}.", StringComparison.Ordinal);
                    var text = named ? error.Message : $"{error.Message} (in the definition of \\{macro})";
                    context.Diagnostics.Add(new Diagnostic(MathErrorId, severity, site, text, error.Hint));
                    continue;
                }
            }

            var location = Locate(formula, error.Offset, path, placement);
            var message = $"{error.Message} (in the formula '{Shorten(formula.Tex)}')";
            context.Diagnostics.Add(new Diagnostic(MathErrorId, severity, location, placement.Fixed is null ? message : "In the summary: " + message, error.Hint));
        }
    }

    private static SourceLocation Locate(Formula formula, int offset, string path, Placement placement)
    {
        if (placement.Fixed is { } fixedLocation)
        {
            return fixedLocation;
        }

        var bodyOffset = offset < formula.BodyOffsets.Length ? formula.BodyOffsets[offset] : formula.BodyOffsets.LastOrDefault();
        var local = placement.Text.LocationOf(bodyOffset);
        return new SourceLocation(path, local.Line + placement.FirstLine - 1, local.Column);
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
                case IFormulaHolder holder:
                    foreach (var held in holder.Formulas)
                    {
                        formulas.Add(new Formula(held, held.Content.ToString(), false, ((FormulaOffsets)held.GetData(typeof(FormulaOffsets))!).Offsets));
                    }

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
        var (tex, offsets) = FormulaOffsets.OfLines(lines, block.Span.Start);
        return new Formula(block, tex, true, offsets);
    }
}
