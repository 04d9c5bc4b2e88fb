namespace Inkstone.Content.Notebooks;

/// <summary>Where a line of a notebook post's body was written: a 1-based line and column of the <c>.ipynb</c> file, and the 1-based cell.</summary>
internal readonly record struct LineOrigin(int Line, int Column, int Cell);
