namespace Inkstone.Math;

/// <summary>A macro that a formula defined (or tried to) with <c>\newcommand</c>, <c>\renewcommand</c>, <c>\providecommand</c>, <c>\def</c> or <c>\gdef</c>.</summary>
/// <param name="Name">The macro's name without backslash.</param>
/// <param name="Offset">UTF-16 offset of the name in the formula source.</param>
/// <param name="Length">UTF-16 length of the name, backslash included.</param>
public sealed record MathMacroDefinition(string Name, int Offset, int Length);
