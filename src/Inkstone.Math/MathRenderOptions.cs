namespace Inkstone.Math;

/// <summary>Settings for one formula.</summary>
public sealed record MathRenderOptions
{
    /// <summary>Inline math, no macros, no numbering.</summary>
    public static readonly MathRenderOptions Inline = new();

    /// <summary>Display math, no macros, no numbering.</summary>
    public static readonly MathRenderOptions Block = new() { Display = true };

    /// <summary>Display math (<c>&lt;math display="block"&gt;</c>) rather than inline.</summary>
    public bool Display { get; init; }

    /// <summary>Macros to expand. <c>\def</c>, <c>\newcommand</c> and <c>\renewcommand</c> in the formula add to this table, so later formulas compiled with it see them. Not thread-safe: one table per sequence of formulas.</summary>
    public MathMacroTable? Macros { get; init; }

    /// <summary>Maps a label to the number shown for it (e.g. "3"); returns null for an unknown label. When this is null, references are not checked and show "?".</summary>
    public Func<string, string?>? ResolveLabel { get; init; }

    /// <summary>The number to show when a display formula has no <c>\tag</c> (null: no automatic numbering).</summary>
    public string? AutoNumber { get; init; }

    /// <summary>Prefix of the element ids made from labels and of the links made by <c>\eqref</c> and <c>\ref</c>.</summary>
    public string IdPrefix { get; init; } = "eq-";

    /// <summary>
    /// The element id a <c>\label</c> gets and its references link to: <see cref="IdPrefix"/> plus the label, with characters
    /// that break URLs or attributes replaced by '-'. For a caller that gives its own elements labels the formulas can cite.
    /// </summary>
    public string ElementId(string label)
    {
        var builder = new System.Text.StringBuilder(IdPrefix.Length + label.Length);
        builder.Append(IdPrefix);
        foreach (var c in label)
        {
            builder.Append(char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\'' or '<' or '>' or '&' or '#' or '%' or '?' or '`' or '\\' ? '-' : c);
        }

        return builder.ToString();
    }

    /// <summary>Marks errors as fatal in <see cref="MathResult.IsFatal"/>; the output is the same either way.</summary>
    public bool Strict { get; init; }
}
