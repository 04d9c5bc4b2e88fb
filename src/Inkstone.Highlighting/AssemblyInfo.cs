// Inkstone.Highlighting: a build-time syntax highlighter with no dependencies.
[assembly: System.CLSCompliant(false)]
