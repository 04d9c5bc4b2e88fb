// Inkstone.Highlighting.TextMate: the long tail of languages through TextMate grammars, for Inkstone.Highlighting.
[assembly: System.CLSCompliant(false)]
