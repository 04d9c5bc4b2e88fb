namespace Inkstone.Math.Internal;

/// <summary>Stops parsing at the first error; caught by the compiler, which turns it into a <see cref="MathError"/>.</summary>
internal sealed class MathParseException(string message, int offset, int length, string? hint = null) : Exception(message)
{
    public int Offset { get; } = offset;

    public int Length { get; } = length;

    public string? Hint { get; } = hint;
}
