namespace Inkstone.Math.Internal;

/// <summary>Which closing tokens end the expression being parsed.</summary>
[Flags]
internal enum Stop : byte
{
    None = 0,

    /// <summary>The end of the formula (top level only).</summary>
    Top = 1,

    /// <summary>A closing brace.</summary>
    Group = 2,

    /// <summary><c>\right</c> or <c>\middle</c>.</summary>
    Right = 4,

    /// <summary><c>&amp;</c>, <c>\\</c> or <c>\end</c> inside an environment.</summary>
    Cell = 8,

    /// <summary>A closing bracket of an optional argument.</summary>
    Bracket = 16,

    /// <summary>A dollar sign closing math inside \text.</summary>
    Dollar = 32,
}
