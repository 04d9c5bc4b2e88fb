using Inkstone.Math.Internal;

namespace Inkstone.Math;

/// <summary>
/// Compiles TeX math to MathML Core. Thread-safe: the compiler holds only its immutable limits, and every call
/// keeps its state on its own (the macro table passed in the options is the caller's to share or not).
/// </summary>
public sealed class MathCompiler
{
    private readonly MathCompilerOptions _limits;

    /// <summary>Creates a compiler with the given limits (or the defaults).</summary>
    public MathCompiler(MathCompilerOptions? limits = null) => _limits = limits ?? new MathCompilerOptions();

    /// <summary>The limits in force.</summary>
    public MathCompilerOptions Limits => _limits;

    /// <summary>Writes <c>&lt;math&gt;</c> markup for <paramref name="tex"/>, or an error span if it does not parse.</summary>
    public MathResult Compile(string tex, TextWriter output, MathRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(tex);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        if (tex.Length > _limits.MaxInputLength)
        {
            var error = new MathError($"The formula is too long ({tex.Length} characters; the limit is {_limits.MaxInputLength}).", _limits.MaxInputLength,
                tex.Length - _limits.MaxInputLength, "split it into several formulas");
            return Fail(tex, output, options, error);
        }
        var parser = new Parser(tex, options, _limits);
        MathNode root;
        try
        {
            root = parser.ParseFormula();
        }
        catch (MathParseException exception)
        {
            var offset = System.Math.Clamp(exception.Offset, 0, tex.Length);
            var length = System.Math.Clamp(exception.Length, 0, tex.Length - offset);
            var error = new MathError(exception.Message, offset, length, exception.Hint) { Macro = BlamedMacro(exception, tex, parser.Macros) };
            var failed = Fail(tex, output, options, error);
            return parser.Definitions is null ? failed : failed with { Definitions = parser.Definitions };
        }

        ScriptStyleSpacing.Apply(root, options.Display);
        FenceSizing.Apply(root, options.Display);
        ScriptBases.Apply(root, options.Display);
        var formula = parser.Formula;
        string? tag = null;
        var usedAuto = false;
        if (!formula.NoNumber && formula.Tag is not null)
        {
            tag = formula.Tag;
        }
        else if (options.Display && options.AutoNumber is not null && !formula.NoNumber && !parser.UnnumberedEnvironment && !parser.HasRowTags)
        {
            tag = options.AutoNumber;
            usedAuto = true;
        }
        if (tag is not null)
        {
            root = Tagged(root, Parser.TagNode(tag, bare: formula.Tag is not null && formula.Bare));
        }

        output.Write(options.Display ? "<math display=\"block\"" : "<math");
        if (formula.Label is { } label)
        {
            output.Write(" id=\"");
            MathWriter.WriteEscaped(output, parser.IdFor(label), attribute: true);
            output.Write('"');
        }
        output.Write("><semantics>");
        MathWriter.Write(output, root);
        output.Write("<annotation encoding=\"application/x-tex\">");
        MathWriter.WriteEscaped(output, tex, attribute: false);
        output.Write("</annotation></semantics></math>");

        if (parser.Errors is null && parser.LabelRows is null && parser.References is null && tag is null && !options.Strict
            && parser.Notes is null && parser.Definitions is null)
        {
            return MathResult.Clean;
        }
        return new MathResult
        {
            Errors = (IReadOnlyList<MathError>?)parser.Errors ?? [],
            Notes = (IReadOnlyList<MathError>?)parser.Notes ?? [],
            Definitions = (IReadOnlyList<MathMacroDefinition>?)parser.Definitions ?? [],
            Tag = tag,
            Labels = parser.LabelRows?.ConvertAll(entry => new MathLabel(entry.Name, entry.Row == formula ? tag : entry.Row.NoNumber ? null : entry.Row.Tag)) ?? [],
            ReferencedLabels = (IReadOnlyList<string>?)parser.References ?? [],
            UsedAutoNumber = usedAuto,
            Strict = options.Strict,
        };
    }

    /// <summary>Writes the markup into a buffer (for example an <see cref="System.Buffers.ArrayBufferWriter{T}"/> reused across formulas).</summary>
    public MathResult Compile(string tex, System.Buffers.IBufferWriter<char> output, MathRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new BufferTextWriter(output);
        return Compile(tex, writer, options);
    }

    /// <summary>Compiles to a new string.</summary>
    public string CompileToString(string tex, MathRenderOptions options) => CompileToString(tex, options, out _);

    /// <summary>Compiles to a new string and returns the result too.</summary>
    public string CompileToString(string tex, MathRenderOptions options, out MathResult result)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        result = Compile(tex, writer, options);
        return writer.ToString();
    }

    /// <summary>The macro whose definition a parse error lies in: named by the thrower, or found from the text of the token at fault.</summary>
    private static string? BlamedMacro(MathParseException exception, string tex, MathMacroTable? macros) =>
        exception.Macro ?? (exception.Origin is { } origin && !ReferenceEquals(origin, tex) ? macros?.NameOf(origin) : null);

    /// <summary>
    /// A one-row table: the formula, then the tag. math.css takes the tag cell out of the flow and pins it to the right edge,
    /// so the formula stays centred (percentage-width tables, the usual trick, do not stretch in Chromium's MathML layout).
    /// </summary>
    private static MathNode Tagged(MathNode body, MathNode tag) =>
        new("mtable", [new MathNode("mtr", [
            new MathNode("mtd", [body]),
            new MathNode("mtd", [tag], AtomClass.Ord, " class=\"ink-tag\""),
        ])], AtomClass.Ord, " displaystyle=\"true\" class=\"ink-tagged\"");

    /// <summary>The error rendering: the escaped source in a span whose title is the message, so the page still shows something.</summary>
    private static MathResult Fail(string tex, TextWriter output, MathRenderOptions options, MathError error)
    {
        output.Write(options.Display ? "<span class=\"math-error math-display\" title=\"" : "<span class=\"math-error\" title=\"");
        MathWriter.WriteEscaped(output, error.Hint is null ? error.Message : $"{error.Message} Hint: {error.Hint}.", attribute: true);
        output.Write("\">");
        MathWriter.WriteEscaped(output, tex, attribute: false);
        output.Write("</span>");
        return new MathResult { Errors = [error], Strict = options.Strict, RenderedAsError = true };
    }
}
