namespace Inkstone.Math.Internal;

/// <summary>A built-in command's entry in <see cref="CommandTable"/>.</summary>
internal readonly record struct Command(CommandKind Kind, string? Text = null, AtomClass Class = AtomClass.Ord, int Argument = 0);
