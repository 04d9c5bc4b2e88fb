namespace Inkstone.Math.Internal;

internal enum TokenKind : byte
{
    End,
    ControlWord,
    ControlSymbol,
    Char,
    Space,
    Parameter,
}
