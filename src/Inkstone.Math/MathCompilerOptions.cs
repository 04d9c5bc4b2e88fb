namespace Inkstone.Math;

/// <summary>Limits that keep hostile or mistaken input cheap. Exceeding one is an ordinary error.</summary>
public sealed record MathCompilerOptions
{
    /// <summary>Longest formula accepted, in UTF-16 code units.</summary>
    public int MaxInputLength { get; init; } = 65_536;

    /// <summary>How many macro expansions one formula may perform.</summary>
    public int MaxMacroExpansions { get; init; } = 4_096;

    /// <summary>How many tokens macro expansion may produce in one formula.</summary>
    public int MaxExpandedTokens { get; init; } = 100_000;

    /// <summary>How deeply groups, arguments and environments may nest. Kept far below what the .NET stack allows.</summary>
    public int MaxNestingDepth { get; init; } = 200;
}
