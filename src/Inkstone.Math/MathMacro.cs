using Inkstone.Math.Internal;

namespace Inkstone.Math;

/// <summary>A user macro: a body with <c>#1</c>..<c>#9</c> placeholders.</summary>
public sealed class MathMacro
{
    private Token[]? _tokens;

    /// <summary>Creates a macro.</summary>
    /// <param name="parameterCount">0 to 9.</param>
    /// <param name="body">TeX that replaces the macro, with <c>#n</c> for the n-th argument.</param>
    /// <param name="defaultArgument">When not null, the first parameter is optional (<c>[...]</c>) with this default, as in <c>\newcommand{\x}[2][0]{...}</c>.</param>
    public MathMacro(int parameterCount, string body, string? defaultArgument = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(parameterCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(parameterCount, 9);
        ArgumentNullException.ThrowIfNull(body);
        ParameterCount = parameterCount;
        Body = body;
        DefaultArgument = defaultArgument;
    }

    /// <summary>Number of arguments, 0 to 9.</summary>
    public int ParameterCount { get; }

    /// <summary>The replacement text.</summary>
    public string Body { get; }

    /// <summary>Default of the optional first argument, or null when all arguments are mandatory.</summary>
    public string? DefaultArgument { get; }

    // Bodies are tokenized once; the race on first use is benign (both threads compute the same array).
    internal Token[] Tokens => _tokens ??= Tokenizer.TokenizeAll(Body);

    internal Token[]? DefaultTokens => DefaultArgument is null ? null : Tokenizer.TokenizeAll(DefaultArgument);

    internal bool SameAs(MathMacro other) =>
        ParameterCount == other.ParameterCount && Body == other.Body && DefaultArgument == other.DefaultArgument;
}
