namespace Inkstone.Math.Internal;

internal sealed partial class Parser
{
    /// <summary>\def\name#1#2{body}: always (re)defines.</summary>
    private void Define(Token token)
    {
        var name = PeekRawSkippingSpaces();
        if (name.Kind is not (TokenKind.ControlWord or TokenKind.ControlSymbol))
        {
            throw new MathParseException("\\def must be followed by a command name.", token.Offset, token.SpanLength, "write \\def\\name{body}");
        }
        _tokens.NextRaw();
        var key = name.Name.ToString();
        var macro = ReadDefinition(key, name, markFailed: true, () =>
        {
            var parameters = 0;
            while (true)
            {
                var next = _tokens.PeekRaw();
                if (next.IsChar('{'))
                {
                    break;
                }
                _tokens.NextRaw();
                var digit = _tokens.NextRaw();
                if (!next.IsChar('#') || !digit.IsChar((char)('1' + parameters)))
                {
                    throw new MathParseException("\\def parameters must be written #1#2... directly before the body.", next.Offset, next.SpanLength,
                        "write \\def\\name#1#2{body}; delimited parameters are not supported");
                }
                parameters++;
            }
            var (body, _, _) = ReadRawGroup(token);
            return new MathMacro(parameters, body);
        });
        // The table takes a name with or without its backslash, so the name of \\ (a backslash) keeps its own.
        _tokens.DefinitionTable().Define("\\" + key, macro);
    }

    /// <summary>
    /// Reads what follows the name of a definition. A problem there lies in the definition (<see cref="MathError.Macro"/>), and
    /// the name is marked as failed, so that later formulas that use it say so instead of reporting an unknown command.
    /// </summary>
    private MathMacro ReadDefinition(string key, Token name, bool markFailed, Func<MathMacro> read)
    {
        (_definitions ??= []).Add(new MathMacroDefinition(key, name.Offset, name.SpanLength));
        try
        {
            return read();
        }
        catch (MathParseException problem)
        {
            problem.Macro ??= key;
            if (markFailed)
            {
                _tokens.DefinitionTable().MarkFailed(key);
            }
            throw;
        }
    }

    /// <summary>
    /// \newcommand{\name}[n][default]{body}, \renewcommand, \providecommand. As in MathJax, \newcommand of an existing name
    /// redefines it and \renewcommand of a new one defines it; either leaves a note (<see cref="MathSeverity.Note"/>), never an error.
    /// </summary>
    /// <param name="mode">0 new, 1 renew, 2 provide.</param>
    private void NewCommand(Token token, int mode)
    {
        var next = PeekRawSkippingSpaces();
        Token name;
        if (next.IsChar('{'))
        {
            _tokens.NextRaw();
            name = PeekRawSkippingSpaces();
            _tokens.NextRaw();
            if (!PeekRawSkippingSpaces().IsChar('}'))
            {
                throw new MathParseException($"\\{token.Name} expects a single command name in braces.", name.Offset, name.SpanLength, $"write \\{token.Name}{{\\name}}{{body}}");
            }
            _tokens.NextRaw();
        }
        else
        {
            name = _tokens.NextRaw();
        }
        if (name.Kind is not (TokenKind.ControlWord or TokenKind.ControlSymbol))
        {
            throw new MathParseException($"\\{token.Name} must be followed by a command name.", token.Offset, token.SpanLength, $"write \\{token.Name}{{\\name}}{{body}}");
        }
        var key = name.Name.ToString();
        var table = _tokens.DefinitionTable();
        var exists = table.TryGet("\\" + key, out var existing);
        var builtIn = CommandTable.TryGet(name.Name, out _);
        var macro = ReadDefinition(key, name, markFailed: mode != 2 || !(exists || builtIn), () =>
        {
            var parameters = 0;
            string? defaultArgument = null;
            if (PeekRawSkippingSpaces().IsChar('['))
            {
                var (count, countOffset, countLength) = ReadBracketText();
                if (!int.TryParse(count.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out parameters) || parameters is < 0 or > 9)
                {
                    throw new MathParseException("The number of parameters must be 0 to 9.", countOffset, countLength);
                }
                if (PeekRawSkippingSpaces().IsChar('['))
                {
                    defaultArgument = ReadBracketText().Text;
                }
            }
            var (body, _, _) = ReadRawGroup(token);
            return new MathMacro(parameters, body, defaultArgument);
        });
        switch (mode)
        {
            case 0 or 1 when exists && existing!.SameAs(macro):
                // Compiling the same page twice (once to collect labels) sees its own definitions again: nothing to say.
                return;
            case 0 when exists || builtIn:
                AddNote($"\\{key} was already defined; \\{token.Name} replaces it, as in MathJax.", name, $"use \\renewcommand{{\\{key}}} to say so");
                break;
            case 1 when !exists && !builtIn:
                AddNote($"\\{key} was not defined; \\{token.Name} defines it, as in MathJax.", name, $"use \\newcommand{{\\{key}}} to say so");
                break;
            case 2 when exists || builtIn:
                return;
        }
        table.Define("\\" + key, macro);
    }

    private (string Text, int Offset, int Length) ReadBracketText()
    {
        var open = _tokens.NextRaw();
        var builder = new System.Text.StringBuilder();
        while (true)
        {
            var token = _tokens.NextRaw();
            if (token.Kind == TokenKind.End)
            {
                throw new MathParseException("This optional argument is not closed.", open.Offset, open.SpanLength, "add the missing ]");
            }
            if (token.IsChar(']'))
            {
                return (builder.ToString(), open.Offset + 1, System.Math.Max(0, token.Offset - open.Offset - 1));
            }
            builder.Append(token.Text);
            if (token.Kind == TokenKind.ControlWord)
            {
                builder.Append(' ');
            }
        }
    }
}
