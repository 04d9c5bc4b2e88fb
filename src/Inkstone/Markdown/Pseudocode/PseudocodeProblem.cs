using Inkstone.Diagnostics;

namespace Inkstone.Markdown.Pseudocode;

/// <summary>A problem found in a pseudocode fence, at an offset in the fence's text; the preparer places it in the file.</summary>
internal sealed record PseudocodeProblem(string Id, int Offset, int Length, string Message, string? Hint)
{
    public static PseudocodeProblem Syntax(int offset, int length, string message, string? hint = null) =>
        new(DiagnosticIds.PseudocodeSyntax, offset, length, message, hint);
}
