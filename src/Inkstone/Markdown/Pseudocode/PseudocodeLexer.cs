namespace Inkstone.Markdown.Pseudocode;

/// <summary>
/// Cuts a pseudocode fence into tokens: commands, braces, formulas, text and spaces. <c>%</c> starts a comment to the end
/// of the line, as in TeX. A formula never closed is a problem at its <c>$</c>; its text is then read as text.
/// </summary>
internal static class PseudocodeLexer
{
    public static List<PseudoToken> Read(string text, List<PseudocodeProblem> problems)
    {
        var tokens = new List<PseudoToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                var start = i;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                tokens.Add(new PseudoToken(PseudoTokenKind.Space, start, i - start, " "));
            }
            else if (c == '%')
            {
                var start = i;
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }

                tokens.Add(new PseudoToken(PseudoTokenKind.Space, start, i - start, " "));
            }
            else if (c == '{' || c == '}')
            {
                tokens.Add(new PseudoToken(c == '{' ? PseudoTokenKind.Open : PseudoTokenKind.Close, i, 1, c.ToString()));
                i++;
            }
            else if (c == '$')
            {
                i = ReadMath(text, i, c, problems, tokens);
            }
            else if (c == '\\')
            {
                i = ReadCommand(text, i, problems, tokens);
            }
            else
            {
                i = ReadText(text, i, tokens);
            }
        }

        return tokens;
    }

    private static int ReadCommand(string text, int start, List<PseudocodeProblem> problems, List<PseudoToken> tokens)
    {
        var i = start + 1;
        if (i >= text.Length)
        {
            tokens.Add(new PseudoToken(PseudoTokenKind.Text, start, 1, "\\"));
            return i;
        }

        var c = text[i];
        if (char.IsAsciiLetter(c))
        {
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            tokens.Add(new PseudoToken(PseudoTokenKind.Command, start, i - start, text[(start + 1)..i]));
            return i;
        }

        if (c == '(')
        {
            var close = text.IndexOf("\\)", i + 1, StringComparison.Ordinal);
            if (close < 0)
            {
                problems.Add(PseudocodeProblem.Syntax(start, 2, "The formula opened with \\( is never closed.", "Close it with \\)."));
                tokens.Add(new PseudoToken(PseudoTokenKind.Text, start, 2, "\\("));
                return i + 1;
            }

            tokens.Add(new PseudoToken(PseudoTokenKind.Math, start, close + 2 - start, text[(i + 1)..close], i + 1));
            return close + 2;
        }

        // \{ \} \$ \% \& \# \_ print the character; \\ and the spacing commands \, \; \: \! and "\ " are a space.
        var shown = c switch
        {
            '{' or '}' or '$' or '%' or '&' or '#' or '_' => c.ToString(),
            '\\' or ',' or ';' or ':' or ' ' or '\n' => " ",
            '!' => "",
            _ => null,
        };
        if (shown is null)
        {
            tokens.Add(new PseudoToken(PseudoTokenKind.Command, start, 2, c.ToString()));
        }
        else
        {
            tokens.Add(new PseudoToken(shown == " " ? PseudoTokenKind.Space : PseudoTokenKind.Text, start, 2, shown));
        }

        return i + 1;
    }

    private static int ReadMath(string text, int start, char dollar, List<PseudocodeProblem> problems, List<PseudoToken> tokens)
    {
        var width = start + 1 < text.Length && text[start + 1] == dollar ? 2 : 1;
        var delimiter = new string(dollar, width);
        for (var i = start + width; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (string.CompareOrdinal(text, i, delimiter, 0, width) == 0)
            {
                tokens.Add(new PseudoToken(PseudoTokenKind.Math, start, i + width - start, text[(start + width)..i], start + width));
                return i + width;
            }
        }

        problems.Add(PseudocodeProblem.Syntax(start, width, $"The formula opened with {delimiter} is never closed.", $"Close it with {delimiter}, or write \\$ for a dollar sign."));
        tokens.Add(new PseudoToken(PseudoTokenKind.Text, start, width, delimiter));
        return start + width;
    }

    private static int ReadText(string text, int start, List<PseudoToken> tokens)
    {
        var c = text[start];
        if (c is '[' or ']')
        {
            tokens.Add(new PseudoToken(PseudoTokenKind.Text, start, 1, c.ToString()));
            return start + 1;
        }

        var shown = new System.Text.StringBuilder();
        var i = start;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('\\' or '{' or '}' or '$' or '%' or '[' or ']'))
        {
            var rest = text.AsSpan(i);
            if (rest.StartsWith("---"))
            {
                shown.Append('—');
                i += 3;
            }
            else if (rest.StartsWith("--"))
            {
                shown.Append('–');
                i += 2;
            }
            else if (rest.StartsWith("``"))
            {
                shown.Append('“');
                i += 2;
            }
            else if (rest.StartsWith("''"))
            {
                shown.Append('”');
                i += 2;
            }
            else
            {
                shown.Append(text[i] switch { '~' => '\u00A0', '`' => '‘', '\'' => '’', var other => other });
                i++;
            }
        }

        tokens.Add(new PseudoToken(PseudoTokenKind.Text, start, i - start, shown.ToString()));
        return i;
    }
}
