namespace Inkstone.Math.Internal;

internal enum EnvironmentKind : byte
{
    Matrix,
    Array,
    Cases,
    Align,
    Gather,
    Equation,
}
