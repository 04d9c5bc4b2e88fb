namespace Inkstone.Math;

/// <summary>A <c>\label</c> found in a formula.</summary>
/// <param name="Name">The label as written, e.g. <c>eq:ppo</c>.</param>
/// <param name="Tag">The tag shown where the label stands (explicit <c>\tag</c> or the automatic number), or null if that line has none.</param>
public sealed record MathLabel(string Name, string? Tag);
