namespace Inkstone.Math;

/// <summary>A problem in one formula.</summary>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Offset">UTF-16 offset of the problem in the formula source.</param>
/// <param name="Length">UTF-16 length of the offending text (at least 0, never past the end of the source).</param>
/// <param name="Hint">A suggested fix, or null.</param>
public sealed record MathError(string Message, int Offset, int Length, string? Hint = null);
