namespace Inkstone.Math.Internal;

/// <summary>Splits TeX source into tokens over the original string: no substrings are made.</summary>
internal static class Tokenizer
{
    /// <summary>Reads the token at <paramref name="position"/> and advances past it (and past the spaces TeX drops after a control word).</summary>
    /// <param name="source">The formula or a macro body.</param>
    /// <param name="position">Where to read; moved past the token.</param>
    /// <param name="parameters">Whether <c>#1</c> is a parameter (macro bodies) rather than two characters.</param>
    /// <param name="comments">Whether <c>%</c> starts a comment; inside <c>\text{}</c> MathJax shows it as it is.</param>
    public static Token Read(string source, ref int position, bool parameters, bool comments = true)
    {
        while (true)
        {
            var start = position;
            if (start >= source.Length)
            {
                return new Token(TokenKind.End, source, source.Length, 0, source.Length, 0);
            }
            var c = source[start];
            switch (c)
            {
                case '\\':
                    return ReadCommand(source, ref position);
                case '%' when comments:
                    while (position < source.Length && source[position] != '\n')
                    {
                        position++;
                    }
                    continue;
                case ' ' or '\t' or '\n' or '\r':
                    while (position < source.Length && source[position] is ' ' or '\t' or '\n' or '\r')
                    {
                        position++;
                    }
                    return new Token(TokenKind.Space, source, start, position - start, start, position - start);
                case '#' when parameters && start + 1 < source.Length && source[start + 1] is >= '1' and <= '9':
                    position += 2;
                    return new Token(TokenKind.Parameter, source, start, 2, start, 2);
                case '#' when parameters && start + 1 < source.Length && source[start + 1] == '#':
                    position += 2;
                    return new Token(TokenKind.Char, source, start + 1, 1, start, 2);
                default:
                    var length = char.IsHighSurrogate(c) && start + 1 < source.Length && char.IsLowSurrogate(source[start + 1]) ? 2 : 1;
                    position += length;
                    return new Token(TokenKind.Char, source, start, length, start, length);
            }
        }
    }

    public static Token[] TokenizeAll(string source)
    {
        var tokens = new List<Token>();
        var position = 0;
        while (true)
        {
            var token = Read(source, ref position, parameters: true);
            if (token.Kind == TokenKind.End)
            {
                return [.. tokens];
            }
            tokens.Add(token);
        }
    }

    private static Token ReadCommand(string source, ref int position)
    {
        var start = position;
        if (start + 1 >= source.Length)
        {
            throw new MathParseException("A backslash ends the formula; it must be followed by a command name.", start, 1,
                "write \\backslash for the symbol, or remove it");
        }
        var next = source[start + 1];
        if (!char.IsAsciiLetter(next))
        {
            var length = char.IsHighSurrogate(next) && start + 2 < source.Length && char.IsLowSurrogate(source[start + 2]) ? 3 : 2;
            position = start + length;
            return new Token(TokenKind.ControlSymbol, source, start, length, start, length);
        }
        var end = start + 1;
        while (end < source.Length && char.IsAsciiLetter(source[end]))
        {
            end++;
        }
        position = end;
        while (position < source.Length && source[position] is ' ' or '\t' or '\n' or '\r')
        {
            position++;
        }
        return new Token(TokenKind.ControlWord, source, start, end - start, start, end - start);
    }
}
