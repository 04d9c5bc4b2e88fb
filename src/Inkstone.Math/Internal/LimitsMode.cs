namespace Inkstone.Math.Internal;

/// <summary>Where the scripts of an operator go: beside it (msubsup) or above and below (munderover).</summary>
internal enum LimitsMode : byte
{
    /// <summary>Not an operator: scripts go beside.</summary>
    None,

    /// <summary>An operator whose scripts go beside unless \limits follows (\int).</summary>
    Beside,

    /// <summary>An operator whose scripts go above and below in display style, beside inline (\sum, \lim).</summary>
    Movable,

    /// <summary>\limits was written: always above and below.</summary>
    Forced,
}
