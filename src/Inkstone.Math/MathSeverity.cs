namespace Inkstone.Math;

/// <summary>How much a <see cref="MathError"/> matters.</summary>
public enum MathSeverity
{
    /// <summary>The formula did not compile (it was written as an error span), or a reference is unknown.</summary>
    Error,

    /// <summary>Information only: the formula compiled as written, as MathJax would have compiled it (for example a <c>\newcommand</c> that redefines a command).</summary>
    Note,
}
