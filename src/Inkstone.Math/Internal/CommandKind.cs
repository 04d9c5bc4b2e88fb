namespace Inkstone.Math.Internal;

/// <summary>What a built-in command does; the parser dispatches on this.</summary>
internal enum CommandKind : byte
{
    /// <summary>A symbol: <see cref="Command.Text"/> in an mi (Ord letters) or mo (everything else).</summary>
    Symbol,

    /// <summary>A letter-like symbol written as an upright mi (capital Greek, nabla).</summary>
    UprightSymbol,

    /// <summary>A named function such as sin; <see cref="Command.Argument"/> 1 when it takes limits (lim, max).</summary>
    Function,
    BigOperator,
    Fraction,
    Binomial,
    InfixFraction,
    Sqrt,
    Accent,
    UnderAccent,
    Brace,
    Font,
    FontSwitch,
    Text,
    OperatorName,
    Limits,
    Left,
    Middle,
    Right,
    BigDelimiter,
    Space,
    HorizontalSpace,
    Color,
    TextColor,
    ColorBox,
    Boxed,
    Cancel,
    Not,
    StackRel,
    Phantom,
    Smash,
    XArrow,
    Begin,
    End,
    Tag,
    Label,
    NoNumber,
    Reference,
    Define,
    NewCommand,
    Mod,
    AtomClass,
    Style,
    Size,
    Dots,
    LineBreak,
    Relax,
    Hline,
    Substack,
    Strut,

    /// <summary>\TeX (<see cref="Command.Argument"/> 0) or \LaTeX (1), drawn from shifted letters.</summary>
    Logo,

    /// <summary>Plain TeX's \bordermatrix: a parenthesised matrix with column labels above and row labels to the left.</summary>
    BorderMatrix,
}
