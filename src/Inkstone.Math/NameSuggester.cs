using Inkstone.Math.Internal;

namespace Inkstone.Math;

/// <summary>
/// The "did you mean" rule of the compiler's own errors, for callers that read TeX-like commands of their own (a
/// pseudocode fence's <c>\EndIf</c>): the nearest of <paramref name="names"/> within a few edits, or null.
/// </summary>
public static class NameSuggester
{
    public static string? Nearest(string name, IEnumerable<string> names) => CommandSuggester.NearestOf(name, names);
}
