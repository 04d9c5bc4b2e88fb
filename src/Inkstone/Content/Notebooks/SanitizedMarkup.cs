namespace Inkstone.Content.Notebooks;

/// <summary>
/// Markup after a sanitizer: what is kept, whether anything that could run script or load from elsewhere was left
/// out (<see cref="Unsafe"/>, reported), and whether the text was cut at the output limit.
/// </summary>
internal sealed record SanitizedMarkup(string Text, bool Unsafe, bool Cut);
