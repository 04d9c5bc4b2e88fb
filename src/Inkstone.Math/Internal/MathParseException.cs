namespace Inkstone.Math.Internal;

/// <summary>Stops parsing at the first error; caught by the compiler, which turns it into a <see cref="MathError"/>.</summary>
internal sealed class MathParseException(string message, int offset, int length, string? hint = null) : Exception(message)
{
    public int Offset { get; } = offset;

    public int Length { get; } = length;

    public string? Hint { get; } = hint;

    /// <summary>The user macro whose definition is at fault, when the thrower knows it (see <see cref="MathError.Macro"/>).</summary>
    public string? Macro { get; set; }

    /// <summary>
    /// The text of the token at fault (<see cref="Token.Source"/>), for problems that lie in the token itself whatever surrounds it
    /// (an unknown command or colour): when it is a macro body, the compiler blames that macro's definition.
    /// </summary>
    public string? Origin { get; init; }
}
