namespace Inkstone.Math.Internal;

/// <summary>A token that points into its source text (the formula or a macro body) without copying it.</summary>
internal readonly struct Token(TokenKind kind, string source, int start, int length, int offset, int spanLength)
{
    public TokenKind Kind { get; } = kind;

    public string Source { get; } = source;

    public int Start { get; } = start;

    public int Length { get; } = length;

    /// <summary>Where errors about this token point in the formula; for tokens made by a macro, the macro call.</summary>
    public int Offset { get; } = offset;

    public int SpanLength { get; } = spanLength;

    public ReadOnlySpan<char> Text => Source.AsSpan(Start, Length);

    /// <summary>The command name without backslash (control words and symbols).</summary>
    public ReadOnlySpan<char> Name => Source.AsSpan(Start + 1, Length - 1);

    /// <summary>The code point of a character token, or the digit of a parameter token.</summary>
    public int Code => Kind == TokenKind.Parameter
        ? Source[Start + 1] - '0'
        : Length == 2 && char.IsSurrogatePair(Source[Start], Source[Start + 1]) ? char.ConvertToUtf32(Source[Start], Source[Start + 1]) : Source[Start];

    public bool IsChar(char c) => Kind == TokenKind.Char && Length == 1 && Source[Start] == c;

    public bool IsWord(string name) => Kind == TokenKind.ControlWord && Name.SequenceEqual(name);

    public bool IsCommand(string name) => Kind is TokenKind.ControlWord or TokenKind.ControlSymbol && Name.SequenceEqual(name);

    public Token WithSpan(int offset, int spanLength) => new(Kind, Source, Start, Length, offset, spanLength);
}
