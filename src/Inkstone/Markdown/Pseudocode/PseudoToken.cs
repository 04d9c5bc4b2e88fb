namespace Inkstone.Markdown.Pseudocode;

internal enum PseudoTokenKind
{
    /// <summary><c>\Name</c>; <see cref="PseudoToken.Value"/> is the name without the backslash.</summary>
    Command,
    Open,
    Close,

    /// <summary><c>$...$</c> or <c>\(...\)</c>; <see cref="PseudoToken.Value"/> is the TeX, which starts at <see cref="PseudoToken.ValueStart"/>.</summary>
    Math,

    /// <summary>Text as shown: escapes such as <c>\{</c> resolved, <c>~</c> a no-break space, TeX's quotes and dashes.</summary>
    Text,
    Space,
}

/// <summary>A token of a pseudocode fence, with where it stands in the fence's text.</summary>
internal readonly record struct PseudoToken(PseudoTokenKind Kind, int Start, int Length, string Value, int ValueStart = 0)
{
    public int End => Start + Length;

    public bool Is(PseudoTokenKind kind, string value) => Kind == kind && Value == value;
}
