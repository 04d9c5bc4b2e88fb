namespace Inkstone.Math.Internal;

/// <summary>
/// The formula's tokens with user macros expanded. Expansion pushes the macro body onto a pending stack
/// instead of recursing, so a self-referencing macro ends at the expansion limit rather than on the .NET stack.
/// </summary>
internal sealed class TokenStream(string input, MathMacroTable? macros, MathCompilerOptions limits)
{
    private readonly string _input = input;
    private int _position;
    private Token[] _pending = [];
    private int _pendingCount;
    private int _expansions;
    private int _expandedTokens;
    private bool _textMode;

    // One-token lookahead cache for the input: the parser peeks the same token several times.
    private Token _peeked;
    private int _peekedEnd = -1;

    public MathMacroTable? Macros { get; private set; } = macros;

    /// <summary>
    /// True while reading the argument of <c>\text</c>, where <c>%</c> of the formula is a character, as in MathJax.
    /// Changing it drops the lookahead, which was read under the other rule.
    /// </summary>
    public bool TextMode
    {
        get => _textMode;
        set
        {
            if (value != _textMode)
            {
                _textMode = value;
                _peekedEnd = -1;
            }
        }
    }

    public int InputLength => _input.Length;

    /// <summary>Next token without expanding macros.</summary>
    public Token NextRaw()
    {
        if (_pendingCount > 0)
        {
            return _pending[--_pendingCount];
        }
        if (_peekedEnd >= 0)
        {
            _position = _peekedEnd;
            _peekedEnd = -1;
            return _peeked;
        }
        return Tokenizer.Read(_input, ref _position, parameters: false, comments: !_textMode);
    }

    public Token PeekRaw()
    {
        if (_pendingCount > 0)
        {
            return _pending[_pendingCount - 1];
        }
        if (_peekedEnd < 0)
        {
            var position = _position;
            _peeked = Tokenizer.Read(_input, ref position, parameters: false, comments: !_textMode);
            _peekedEnd = position;
        }
        return _peeked;
    }

    public void PushBack(Token token)
    {
        if (_pendingCount == _pending.Length)
        {
            Array.Resize(ref _pending, System.Math.Max(16, _pending.Length * 2));
        }
        _pending[_pendingCount++] = token;
    }

    /// <summary>Next token after macro expansion.</summary>
    public Token Peek()
    {
        while (true)
        {
            var token = PeekRaw();
            if (token.Kind != TokenKind.ControlWord || Macros is null || !Macros.TryGet(token.Name, out var macro))
            {
                if (token.Kind is TokenKind.ControlWord or TokenKind.ControlSymbol && Macros is not null && Macros.HasFailed(token.Name))
                {
                    var name = token.Name.ToString();
                    throw new MathParseException($"\\{name} cannot be used: its definition failed.", token.Offset, token.SpanLength,
                        "fix the definition; its own error says what is wrong")
                    {
                        Macro = name,
                    };
                }
                return token;
            }
            NextRaw();
            Expand(token, macro);
        }
    }

    public Token Next()
    {
        var token = Peek();
        NextRaw();
        return token;
    }

    /// <summary>The table that definitions go to, created on first use when the caller gave none.</summary>
    public MathMacroTable DefinitionTable() => Macros ??= new MathMacroTable();

    private void Expand(Token call, MathMacro macro)
    {
        if (++_expansions > limits.MaxMacroExpansions)
        {
            throw new MathParseException(
                $"Too many macro expansions (more than {limits.MaxMacroExpansions}); a macro probably uses itself.",
                call.Offset, call.SpanLength, "check that no macro expands to a call of itself")
            {
                Macro = call.Name.ToString(),
            };
        }
        if (!macro.Balanced)
        {
            throw new MathParseException($"The definition of \\{call.Name} has unbalanced braces.", call.Offset, call.SpanLength,
                "every { in a macro body needs its }")
            {
                Macro = call.Name.ToString(),
            };
        }
        Token[] body;
        try
        {
            body = macro.Tokens;
            _ = macro.DefaultTokens;
        }
        catch (MathParseException problem)
        {
            // The tokenizer's offsets are in the body; the formula only has the call to point at.
            throw new MathParseException($"The definition of \\{call.Name} is broken: {problem.Message}", call.Offset, call.SpanLength, problem.Hint)
            {
                Macro = call.Name.ToString(),
            };
        }
        List<Token>[]? arguments = null;
        if (macro.ParameterCount > 0)
        {
            arguments = new List<Token>[macro.ParameterCount];
            var first = 0;
            if (macro.DefaultTokens is { } defaults)
            {
                arguments[0] = ReadOptionalArgument(defaults);
                first = 1;
            }
            for (var i = first; i < arguments.Length; i++)
            {
                arguments[i] = ReadArgument(call);
            }
        }
        var count = 0;
        foreach (var token in body)
        {
            count += token.Kind == TokenKind.Parameter && arguments is not null && token.Code <= arguments.Length ? arguments[token.Code - 1].Count : 1;
        }
        _expandedTokens += count;
        if (_expandedTokens > limits.MaxExpandedTokens)
        {
            throw new MathParseException(
                $"Macro expansion produced too many tokens (more than {limits.MaxExpandedTokens}).", call.Offset, call.SpanLength,
                "check that no macro doubles its own argument repeatedly")
            {
                Macro = call.Name.ToString(),
            };
        }
        // Push in reverse so the first body token is on top of the pending stack.
        for (var i = body.Length - 1; i >= 0; i--)
        {
            var token = body[i];
            if (token.Kind == TokenKind.Parameter)
            {
                if (arguments is null || token.Code > arguments.Length)
                {
                    throw new MathParseException($"The macro body uses #{token.Code} but the macro has {macro.ParameterCount} parameters.", call.Offset, call.SpanLength)
                    {
                        Macro = call.Name.ToString(),
                    };
                }
                var argument = arguments[token.Code - 1];
                for (var j = argument.Count - 1; j >= 0; j--)
                {
                    PushBack(argument[j]);
                }
            }
            else
            {
                PushBack(token.WithSpan(call.Offset, call.SpanLength));
            }
        }
    }

    private List<Token> ReadOptionalArgument(Token[] defaults)
    {
        var token = PeekSkippingSpaces();
        if (!token.IsChar('['))
        {
            return [.. defaults];
        }
        NextRaw();
        var tokens = new List<Token>();
        var depth = 0;
        while (true)
        {
            var next = NextRaw();
            if (next.Kind == TokenKind.End)
            {
                throw new MathParseException("The optional argument is missing its closing ].", token.Offset, token.SpanLength);
            }
            if (depth == 0 && next.IsChar(']'))
            {
                return tokens;
            }
            depth += next.IsChar('{') ? 1 : next.IsChar('}') ? -1 : 0;
            tokens.Add(next);
        }
    }

    private List<Token> ReadArgument(Token call)
    {
        var token = PeekSkippingSpaces();
        NextRaw();
        if (token.Kind == TokenKind.End || token.IsChar('}'))
        {
            throw new MathParseException($"The macro \\{call.Name} is missing an argument.", call.Offset, call.SpanLength);
        }
        if (!token.IsChar('{'))
        {
            return [token];
        }
        var tokens = new List<Token>();
        var depth = 1;
        while (true)
        {
            var next = NextRaw();
            if (next.Kind == TokenKind.End)
            {
                throw new MathParseException("An argument is missing its closing brace.", token.Offset, token.SpanLength, "add }");
            }
            if (next.IsChar('{'))
            {
                depth++;
            }
            else if (next.IsChar('}') && --depth == 0)
            {
                return tokens;
            }
            tokens.Add(next);
        }
    }

    private Token PeekSkippingSpaces()
    {
        while (PeekRaw().Kind == TokenKind.Space)
        {
            NextRaw();
        }
        return PeekRaw();
    }
}
