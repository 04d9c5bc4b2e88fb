using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Parlot.Fluent;
using static Parlot.Fluent.Parsers;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// Fluid's Liquid with the three placeholders <see cref="TemplateCompiler"/> writes: <c>{%_p N%}</c> (a piece written
/// as it is, or an inline tag's rendering), <c>{%_b N%}...{%end_b%}</c> (a block tag around its rendered body) and
/// <c>{%_i N, name, key: value%}</c> (a Jekyll include). What they write comes from the <see cref="TemplateRun"/> of the
/// render, so one parser serves every post of a build, in parallel.
/// </summary>
internal sealed class PostTemplateParser : FluidParser
{
    public PostTemplateParser()
        : base(new FluidParserOptions { AllowFunctions = false })
    {
        RegisterParserTag("_p", Terms.Integer(), WritePiece);
        RegisterParserBlock("_b", Terms.Integer(), WriteBlock);
        var parameter = Identifier.AndSkip(Colon).And(FilterExpression);
        RegisterParserTag("_i", Terms.Integer().AndSkip(Comma).And(FilterExpression).And(ZeroOrMany(Comma.SkipAnd(parameter))), WriteInclude);
    }

    private static ValueTask<Completion> WritePiece(long index, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var run = TemplateRun.Of(context);
        var piece = run.Pieces[(int)index];
        writer.Write(piece.Kind == TemplatePieceKind.Literal ? piece.Text : run.Render(piece, piece.Handler!.Shape == TagShape.Code ? piece.Text : null));
        return new ValueTask<Completion>(Completion.Normal);
    }

    private static async ValueTask<Completion> WriteBlock(long index, IReadOnlyList<Statement> statements, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var run = TemplateRun.Of(context);
        var piece = run.Pieces[(int)index];
        var body = new StringWriter();
        var completion = Completion.Normal;
        foreach (var statement in statements)
        {
            completion = await statement.WriteToAsync(body, encoder, context);
            if (completion != Completion.Normal)
            {
                break; // a {% break %} inside a block inside a {% for %}: the block keeps what it has, and the loop goes on as told
            }
        }

        writer.Write(run.Render(piece, body.ToString()));
        return completion;
    }

    private static async ValueTask<Completion> WriteInclude(ValueTuple<long, Expression, IReadOnlyList<ValueTuple<string, Expression>>> include, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var run = TemplateRun.Of(context);
        var (index, nameExpression, parameters) = include;
        var call = run.Pieces[(int)index].Call!;
        var name = (await nameExpression.EvaluateAsync(context)).ToStringValue();
        var values = new Dictionary<string, FluidValue>(StringComparer.Ordinal);
        foreach (var (key, expression) in parameters)
        {
            values[key] = await expression.EvaluateAsync(context);
        }

        await run.Include(call, name, values, writer, encoder, context);
        return Completion.Normal;
    }
}
