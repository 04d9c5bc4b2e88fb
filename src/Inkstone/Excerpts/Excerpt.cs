namespace Inkstone.Excerpts;

/// <summary>
/// A post's excerpt for cards and feeds: <see cref="Html"/> has inline formulas rendered;
/// <see cref="Text"/> is plain text with formulas as their TeX source (for search snippets and meta tags).
/// </summary>
internal sealed record Excerpt(string Html, string Text, bool Truncated);
