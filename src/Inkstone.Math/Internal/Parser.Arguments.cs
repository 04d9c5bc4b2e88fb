using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Inkstone.Math.Internal;

internal sealed partial class Parser
{
    private static readonly FrozenSet<string> NamedColors = FrozenSet.ToFrozenSet(
    [
        "black", "white", "red", "green", "blue", "cyan", "magenta", "yellow", "gray", "grey", "darkgray", "lightgray", "brown", "lime", "olive",
        "orange", "pink", "purple", "teal", "violet", "navy", "maroon", "silver", "gold", "aqua", "fuchsia", "indigo", "crimson", "coral",
        "darkblue", "darkgreen", "darkred", "darkorange", "darkviolet", "royalblue", "steelblue", "skyblue", "forestgreen", "seagreen",
        "tomato", "salmon", "orchid", "plum", "tan", "khaki", "turquoise", "slategray", "dimgray", "goldenrod", "firebrick", "chocolate",
        "limegreen", "deeppink", "hotpink", "dodgerblue", "midnightblue", "mediumblue", "darkcyan", "darkmagenta", "lightblue", "lightgreen",
    ], StringComparer.Ordinal);

    /// <summary>Reads raw tokens of a braced group as text, without expanding macros (labels, colours, lengths, environment names).</summary>
    private RawGroup ReadRawGroup(Token owner)
    {
        var open = PeekRawSkippingSpaces();
        if (!open.IsChar('{'))
        {
            throw new MathParseException($"\\{owner.Name} needs a braced argument.", owner.Offset, owner.SpanLength, $"write \\{owner.Name}{{...}}");
        }
        _tokens.NextRaw();
        var builder = new StringBuilder();
        var depth = 1;
        Token first = default, last = default;
        while (true)
        {
            var token = _tokens.NextRaw();
            if (token.Kind == TokenKind.End)
            {
                throw new MathParseException("This group is not closed.", open.Offset, open.SpanLength, "add the missing }");
            }
            if (token.IsChar('{'))
            {
                depth++;
            }
            else if (token.IsChar('}') && --depth == 0)
            {
                if (first.Source is null)
                {
                    return new RawGroup("", System.Math.Min(open.Offset + open.SpanLength, _source.Length), 0, open.Source);
                }
                // The text's own tokens say where it is: for \color{#1} in a macro, the argument in the formula, not the macro call.
                var end = System.Math.Clamp(last.Offset + last.SpanLength, first.Offset, _source.Length);
                return new RawGroup(builder.ToString(), first.Offset, end - first.Offset, first.Source);
            }
            first = first.Source is null ? token : first;
            last = token;
            if (builder.Length > _limits.MaxInputLength)
            {
                throw new MathParseException("This argument is too long.", open.Offset, open.SpanLength);
            }
            builder.Append(token.Text);
            if (token.Kind == TokenKind.ControlWord)
            {
                // The tokenizer dropped the spaces after the name; keep one so "\alpha b" does not become "\alphab".
                builder.Append(' ');
            }
        }
    }

    private Token PeekRawSkippingSpaces()
    {
        while (_tokens.PeekRaw().Kind == TokenKind.Space)
        {
            _tokens.NextRaw();
        }
        return _tokens.PeekRaw();
    }

    /// <summary>A colour name from a fixed list or #rgb / #rrggbb (also accepted without #, as xcolor's HTML model writes them).</summary>
    private string ReadColor(Token owner)
    {
        var open = PeekRawSkippingSpaces();
        var model = "";
        if (open.IsChar('['))
        {
            _tokens.NextRaw();
            var builder = new StringBuilder();
            while (!_tokens.PeekRaw().IsChar(']'))
            {
                var token = _tokens.NextRaw();
                if (token.Kind == TokenKind.End || builder.Length > 16)
                {
                    throw new MathParseException("The colour model is not closed.", open.Offset, open.SpanLength, "write \\color[HTML]{FF8800}");
                }
                builder.Append(token.Text);
            }
            _tokens.NextRaw();
            model = builder.ToString();
        }
        var group = ReadRawGroup(owner);
        var (text, offset, length) = group;
        var color = text.Trim();
        var hex = color.StartsWith('#') ? color[1..] : color;
        var isHex = hex.Length is 3 or 6 && hex.All(char.IsAsciiHexDigit);
        if (isHex && (color.StartsWith('#') || model == "HTML" || !NamedColors.Contains(color)))
        {
            return "#" + hex.ToLowerInvariant();
        }
        if (model.Length == 0 && NamedColors.Contains(color.ToLowerInvariant()))
        {
            return color.ToLowerInvariant();
        }
        throw new MathParseException($"Unknown colour \"{color}\".", offset, length, "use a common colour name such as red or blue, or #rrggbb")
        {
            Origin = group.Source,
        };
    }

    /// <summary>Reads a TeX length and returns it as a CSS length in em where possible.</summary>
    /// <param name="kind">0: braced argument (\hspace); 1: bare length (\kern); 2: bare length in mu (\mkern).</param>
    private string ReadLength(Token owner, int kind)
    {
        string text, source;
        int offset, length;
        if (kind == 0)
        {
            if (_tokens.PeekRaw().IsChar('*'))
            {
                _tokens.NextRaw();
            }
            (text, offset, length, source) = ReadRawGroup(owner);
        }
        else
        {
            var open = PeekRawSkippingSpaces();
            source = open.Source;
            if (open.IsChar('{'))
            {
                (text, offset, length, source) = ReadRawGroup(owner);
            }
            else
            {
                var builder = new StringBuilder();
                offset = open.Offset;
                while (true)
                {
                    var token = _tokens.PeekRaw();
                    if (token.Kind != TokenKind.Char || builder.Length > 32)
                    {
                        break;
                    }
                    var c = token.Source[token.Start];
                    if (!(char.IsAsciiDigit(c) || c is '.' or '-' or '+' || (char.IsAsciiLetter(c) && builder.Length > 0 && !EndsWithUnit(builder))))
                    {
                        break;
                    }
                    builder.Append(c);
                    _tokens.NextRaw();
                }
                text = builder.ToString();
                length = text.Length;
            }
        }
        try
        {
            return ConvertLength(text.Trim(), offset, length);
        }
        catch (MathParseException problem)
        {
            // A bad length lies in the text it was written in, which may be a macro body.
            throw new MathParseException(problem.Message, problem.Offset, problem.Length, problem.Hint) { Origin = source };
        }
    }

    private static bool EndsWithUnit(StringBuilder builder) =>
        builder.Length >= 2 && char.IsAsciiLetter(builder[^1]) && char.IsAsciiLetter(builder[^2]);

    private static string ConvertLength(string text, int offset, int length)
    {
        var unitStart = 0;
        while (unitStart < text.Length && (char.IsAsciiDigit(text[unitStart]) || text[unitStart] is '.' or '-' or '+' or ' '))
        {
            unitStart++;
        }
        var number = text[..unitStart].Replace(" ", "", StringComparison.Ordinal);
        var unit = text[unitStart..].Trim();
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || System.Math.Abs(value) > 1000)
        {
            throw new MathParseException($"\"{text}\" is not a length.", offset, length, "write a number and a unit, such as 1em or 3mu");
        }
        double em = unit switch
        {
            "em" => value,
            "ex" => value * 0.431,
            "mu" => value / 18,
            "pt" => value / 10,
            "bp" => value / 9.963,
            "pc" => value * 1.2,
            "dd" => value * 0.107,
            "cc" => value * 1.284,
            "mm" => value * 0.2845,
            "cm" => value * 2.845,
            "in" => value * 7.227,
            "px" => value / 10,
            "sp" => value / 655360,
            _ => throw new MathParseException($"Unknown unit \"{unit}\" in a length.", offset, length, "use em, ex, mu, pt, mm, cm or in"),
        };
        return em.ToString("0.####", CultureInfo.InvariantCulture) + "em";
    }

    /// <summary>Skips the optional spacing argument of \\[2pt].</summary>
    private void SkipOptionalLength()
    {
        if (_tokens.PeekRaw().IsChar('['))
        {
            var open = _tokens.NextRaw();
            while (!_tokens.PeekRaw().IsChar(']'))
            {
                if (_tokens.NextRaw().Kind == TokenKind.End)
                {
                    throw new MathParseException("This optional argument is not closed.", open.Offset, open.SpanLength, "add the missing ]");
                }
            }
            _tokens.NextRaw();
        }
    }
}
