namespace Inkstone.Highlighting;

/// <summary>How one flavour of quoted string ends, escapes and interpolates.</summary>
/// <param name="Quote">The closing quote character.</param>
/// <param name="QuoteCount">How many quotes in a row close the string (3 for Python or C# raw strings).</param>
/// <param name="Escape">The escape character (<c>\</c>, PowerShell's backtick), or <c>'\0'</c> for none.</param>
/// <param name="DoubledQuote">Whether a doubled quote stands for one quote (C# verbatim, SQL, PowerShell single quotes).</param>
/// <param name="Multiline">Whether the string may run past a line break; otherwise it ends, unterminated, at the break.</param>
/// <param name="HoleBraces">How many opening braces start an interpolation hole (0: none, 1: <c>{x}</c> with <c>{{</c> as an escape).</param>
/// <param name="DollarHoles">Whether <c>${...}</c> starts an interpolation hole (JavaScript template literals).</param>
/// <param name="RawBackslash">Whether a backslash, though it escapes nothing, still keeps the quote after it in the string (Python's <c>r"""</c>).</param>
internal readonly record struct StringRule(
    char Quote,
    int QuoteCount = 1,
    char Escape = '\\',
    bool DoubledQuote = false,
    bool Multiline = false,
    int HoleBraces = 0,
    bool DollarHoles = false,
    bool RawBackslash = false);
