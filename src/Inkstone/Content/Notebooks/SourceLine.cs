namespace Inkstone.Content.Notebooks;

/// <summary>One line of a cell's source or an output's text, without its line break, and where it was written in the file.</summary>
internal readonly record struct SourceLine(string Text, int Line, int Column);
