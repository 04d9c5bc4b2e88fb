namespace Inkstone.Math;

/// <summary>What a compilation found besides the markup it wrote.</summary>
public sealed record MathResult
{
    internal static readonly MathResult Clean = new();

    /// <summary>Parse errors (the formula was written as an error span) and reference errors (the formula was written, unknown references show "??").</summary>
    public IReadOnlyList<MathError> Errors { get; init; } = [];

    /// <summary>Notes (<see cref="MathSeverity.Note"/>): things done as MathJax does them that a writer may want to know, such as a <c>\newcommand</c> that replaced a command. They never make the result fatal.</summary>
    public IReadOnlyList<MathError> Notes { get; init; } = [];

    /// <summary>The macros this formula defined, in source order; also filled when the formula failed inside a definition.</summary>
    public IReadOnlyList<MathMacroDefinition> Definitions { get; init; } = [];

    /// <summary>The formula's own tag: the text of <c>\tag{...}</c>, or <see cref="MathRenderOptions.AutoNumber"/> when it was used; null otherwise.</summary>
    public string? Tag { get; init; }

    /// <summary>Labels defined in the formula, in source order.</summary>
    public IReadOnlyList<MathLabel> Labels { get; init; } = [];

    /// <summary>Labels named by <c>\eqref</c> and <c>\ref</c>, in source order.</summary>
    public IReadOnlyList<string> ReferencedLabels { get; init; } = [];

    /// <summary>True when the formula shows <see cref="MathRenderOptions.AutoNumber"/> (it had no tag of its own and no <c>\notag</c>).</summary>
    public bool UsedAutoNumber { get; init; }

    /// <summary>Copied from <see cref="MathRenderOptions.Strict"/>.</summary>
    public bool Strict { get; init; }

    /// <summary>True when the formula was written as an error span instead of MathML.</summary>
    public bool RenderedAsError { get; init; }

    /// <summary>True when the caller should stop: strict mode and at least one error.</summary>
    public bool IsFatal => Strict && Errors.Count > 0;
}
