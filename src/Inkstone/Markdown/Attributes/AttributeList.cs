namespace Inkstone.Markdown.Attributes;

/// <summary>
/// The inside of an attribute list, kramdown's <c>{: .class #id key="value" ref}</c> or Python-Markdown's
/// <c>{ .class #id key=value }</c>: what it sets and which ALDs it names (kramdown only).
/// </summary>
internal sealed record AttributeList(string? Id, IReadOnlyList<string> Classes, IReadOnlyList<KeyValuePair<string, string>> Pairs, IReadOnlyList<string> References)
{
    public static readonly AttributeList Empty = new(null, [], [], []);

    public bool IsEmpty => Id is null && Classes.Count == 0 && Pairs.Count == 0 && References.Count == 0;

    /// <summary>Reads <paramref name="inner"/> (the text between the braces, after any colon); null when it is not an attribute list.</summary>
    public static AttributeList? Parse(string inner, bool references)
    {
        string? id = null;
        var classes = new List<string>();
        var pairs = new List<KeyValuePair<string, string>>();
        var names = new List<string>();
        var i = 0;
        while (i < inner.Length)
        {
            if (char.IsWhiteSpace(inner[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (inner[i] is '.' or '#')
            {
                while (i < inner.Length && !char.IsWhiteSpace(inner[i]))
                {
                    i++;
                }

                var value = inner[(start + 1)..i];
                if (value.Length == 0 || value.Any(c => c is '"' or '\'' or '<' or '>' or '=' or '{' or '}'))
                {
                    return null;
                }

                if (inner[start] == '.')
                {
                    classes.Add(value);
                }
                else
                {
                    id = value;
                }

                continue;
            }

            while (i < inner.Length && (char.IsLetterOrDigit(inner[i]) || inner[i] is '-' or '_' or ':'))
            {
                i++;
            }

            var name = inner[start..i];
            if (name.Length == 0)
            {
                return null;
            }

            if (i >= inner.Length || inner[i] != '=')
            {
                if (!references || (i < inner.Length && !char.IsWhiteSpace(inner[i])))
                {
                    return null;
                }

                names.Add(name);
                continue;
            }

            i++;
            if (ReadValue(inner, ref i) is not { } text)
            {
                return null;
            }

            pairs.Add(new(name.ToLowerInvariant(), text));
        }

        return new AttributeList(id, classes, pairs, names);
    }

    /// <summary>These attributes over <paramref name="under"/>: classes add up, a later id or value wins.</summary>
    public AttributeList Over(AttributeList under) => new(
        Id ?? under.Id,
        [.. under.Classes, .. Classes.Except(under.Classes, StringComparer.Ordinal)],
        [.. under.Pairs.Where(p => !Pairs.Any(q => q.Key == p.Key)), .. Pairs],
        [.. under.References, .. References]);

    private static string? ReadValue(string inner, ref int i)
    {
        if (i < inner.Length && inner[i] is '"' or '\'')
        {
            var quote = inner[i];
            var close = inner.IndexOf(quote, i + 1);
            if (close < 0)
            {
                return null;
            }

            var quoted = inner[(i + 1)..close];
            i = close + 1;
            return quoted;
        }

        var start = i;
        while (i < inner.Length && !char.IsWhiteSpace(inner[i]))
        {
            i++;
        }

        return i > start ? inner[start..i] : null;
    }
}
