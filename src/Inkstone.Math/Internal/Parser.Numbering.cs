using System.Text;

namespace Inkstone.Math.Internal;

internal sealed partial class Parser
{
    private List<(string Name, RowNumbering Row)>? _labelRows;

    public List<(string Name, RowNumbering Row)>? LabelRows => _labelRows;

    private void ParseTag(Token token)
    {
        var bare = false;
        if (_tokens.PeekRaw().IsChar('*'))
        {
            _tokens.NextRaw();
            bare = true;
        }
        var (text, _, _) = ReadRawGroup(token);
        if (!_options.Display)
        {
            throw new MathParseException("\\tag only works in display math.", token.Offset, token.SpanLength, "use display math ($$...$$) for numbered equations");
        }
        var target = _row ?? _formula;
        if (target.Tag is not null)
        {
            throw new MathParseException("A line can only have one \\tag.", token.Offset, token.SpanLength, "remove one of the tags");
        }
        target.Tag = text.Trim();
        target.Bare = bare;
    }

    private void ParseLabel(Token token)
    {
        var (text, offset, length) = ReadRawGroup(token);
        var name = text.Trim();
        if (name.Length == 0)
        {
            throw new MathParseException("A label needs a name.", token.Offset, token.SpanLength, "write \\label{eq:name}");
        }
        var target = _row ?? _formula;
        if (target.Label is not null)
        {
            throw new MathParseException("A line can only have one \\label.", offset, length, "remove one of the labels");
        }
        if (_labelRows is not null && _labelRows.Exists(entry => entry.Name == name))
        {
            throw new MathParseException($"The label \"{name}\" is used twice in this formula.", offset, length);
        }
        target.Label = name;
        (_labelRows ??= []).Add((name, target));
    }

    private MathNode Reference(Token token, bool parenthesized)
    {
        var (text, offset, length) = ReadRawGroup(token);
        var name = text.Trim();
        (_references ??= []).Add(name);
        string shown;
        if (_options.ResolveLabel is not { } resolve)
        {
            shown = "?";
        }
        else if (resolve(name) is { } number)
        {
            shown = number;
        }
        else
        {
            (_errors ??= []).Add(new MathError($"Unknown label \"{name}\".", offset, length, "check the spelling, or add \\label{" + name + "} to a numbered formula"));
            shown = "??";
        }
        var link = new MathNode("a", parenthesized ? "(" + shown + ")" : shown, AtomClass.Ord, $" href=\"#{Escape(IdFor(name))}\"");
        return new MathNode("mtext", [link]);
    }

    /// <summary>The element id for a label (<see cref="MathRenderOptions.ElementId"/>).</summary>
    internal string IdFor(string label) => _options.ElementId(label);

    internal static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return value;
        }
        return value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
    }
}
