namespace Inkstone.Math.Internal;

/// <summary>A braced group read as text without expanding macros (a label, a colour, a length, an environment name).</summary>
/// <param name="Text">The group's text without the braces.</param>
/// <param name="Offset">Where the text starts in the formula.</param>
/// <param name="Length">How long it is in the formula.</param>
/// <param name="Source">The text its tokens came from: the formula, or a macro body when the group was written in a macro.</param>
internal readonly record struct RawGroup(string Text, int Offset, int Length, string Source)
{
    public void Deconstruct(out string text, out int offset, out int length) => (text, offset, length) = (Text, Offset, Length);
}
