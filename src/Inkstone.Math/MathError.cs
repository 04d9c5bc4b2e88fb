namespace Inkstone.Math;

/// <summary>A problem in one formula, or a note about it.</summary>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Offset">UTF-16 offset of the problem in the formula source.</param>
/// <param name="Length">UTF-16 length of the offending text (at least 0, never past the end of the source).</param>
/// <param name="Hint">A suggested fix, or null.</param>
public sealed record MathError(string Message, int Offset, int Length, string? Hint = null)
{
    /// <summary><see cref="MathSeverity.Error"/> for everything in <see cref="MathResult.Errors"/>, <see cref="MathSeverity.Note"/> in <see cref="MathResult.Notes"/>.</summary>
    public MathSeverity Severity { get; init; }

    /// <summary>
    /// The user macro (name without backslash) whose definition the problem lies in, or null when it lies in the formula itself.
    /// Set for a <c>\newcommand</c> or <c>\def</c> that does not parse, a body with an unknown command, environment, colour
    /// or length, unbalanced braces or a parameter the macro does not have, a macro that expands without end, and the use
    /// of a macro whose definition failed. Every formula that uses such a macro fails with the same problem, so a caller
    /// can report it once, at the definition (see <see cref="MathResult.Definitions"/>).
    /// <see cref="Offset"/> still points into this formula: at the macro call, or at the definition when it is in this formula.
    /// </summary>
    public string? Macro { get; init; }
}
