// Inkstone.Math: a TeX to MathML Core compiler with no dependencies.
[assembly: System.CLSCompliant(false)]
