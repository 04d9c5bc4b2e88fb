using Inkstone.Math.Internal;

namespace Inkstone.Math;

/// <summary>A user macro: a body with <c>#1</c>..<c>#9</c> placeholders.</summary>
public sealed class MathMacro
{
    private Token[]? _tokens;
    private Token[]? _defaultTokens;
    private int _balanced;

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

    /// <summary>
    /// The body's tokens, read once. They point into a copy of the body that only this macro holds, so a token from it
    /// names this macro (<see cref="MathMacroTable.NameOf"/>) even when another macro has an equal body. The first array
    /// published wins, so every thread blames the same definition.
    /// </summary>
    internal Token[] Tokens => _tokens ?? Publish(ref _tokens, Body);

    internal Token[]? DefaultTokens => DefaultArgument is null ? null : _defaultTokens ?? Publish(ref _defaultTokens, DefaultArgument);

    /// <summary>Whether the braces of the body (and of the default argument) balance, as TeX requires of every definition.</summary>
    internal bool Balanced
    {
        get
        {
            // 0 not yet checked, 1 balanced, 2 not; the check is repeatable, so a race only repeats it.
            if (_balanced == 0)
            {
                _balanced = Balance(Body) && (DefaultArgument is null || Balance(DefaultArgument)) ? 1 : 2;
            }
            return _balanced == 1;
        }
    }

    /// <summary>True when <paramref name="source"/> is the text this macro's tokens point into.</summary>
    internal bool Owns(string source) =>
        (_tokens is { Length: > 0 } tokens && ReferenceEquals(tokens[0].Source, source))
        || (_defaultTokens is { Length: > 0 } defaults && ReferenceEquals(defaults[0].Source, source));

    private static Token[] Publish(ref Token[]? field, string text)
    {
        var tokens = Tokenizer.TokenizeAll(new string(text.AsSpan()));
        return Interlocked.CompareExchange(ref field, tokens, null) ?? tokens;
    }

    private static bool Balance(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '%':
                    while (i + 1 < text.Length && text[i + 1] != '\n')
                    {
                        i++;
                    }
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth < 0:
                    return false;
            }
        }
        return depth == 0;
    }

    internal bool SameAs(MathMacro other) =>
        ParameterCount == other.ParameterCount && Body == other.Body && DefaultArgument == other.DefaultArgument;
}
