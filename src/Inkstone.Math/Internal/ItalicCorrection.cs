namespace Inkstone.Math.Internal;

/// <summary>
/// TeX adds a math italic letter's italic correction after it (rule 17 of Appendix G), so <c>f(x)</c> and <c>T=0</c>
/// keep the overhang of f and T clear of what follows. Chromium draws an <c>mi</c> at its advance width only; the
/// parser writes the kern as an <c>mspace</c>. Values are Computer Modern's (cmmi10, as KaTeX's metrics give them),
/// for the italic letters whose correction is at least 0.03em (smaller ones are lost in rounding). Capital Greek
/// is upright and has none.
/// </summary>
internal static class ItalicCorrection
{
    /// <summary>A kern given by <see cref="Of"/> in em of a script one step smaller (70%).</summary>
    public static string InScript(string kern) =>
        (double.Parse(kern.AsSpan(0, kern.Length - 2), System.Globalization.CultureInfo.InvariantCulture) / 0.7)
        .ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) + "em";

    /// <summary>The width of the kern after a one-letter <c>mi</c>, or null when none is due.</summary>
    public static string? Of(string? letter) => letter is not { Length: 1 } ? null : letter[0] switch
    {
        'B' => "0.0502em",
        'C' or 'K' or 'Z' => "0.0715em",
        'E' or 'S' => "0.0576em",
        'F' or 'P' or 'T' or 'W' => "0.1389em",
        'H' => "0.0813em",
        'I' or 'X' => "0.0785em",
        'J' => "0.0962em",
        'M' or 'N' or 'U' => "0.109em",
        'V' or 'Y' => "0.2222em",
        'f' => "0.1076em",
        'g' or 'q' or 'v' or 'y' or 'η' or 'π' or 'σ' or 'υ' or 'ψ' or 'ω' => "0.0359em",
        'j' => "0.0572em",
        'k' => "0.0315em",
        'z' => "0.044em",
        'β' => "0.0528em",
        '∂' => "0.0556em",
        'γ' => "0.0556em",
        'δ' => "0.0379em",
        'ζ' => "0.0738em",
        'ν' => "0.0637em",
        'ξ' => "0.046em",
        'ς' => "0.0799em",
        'τ' => "0.1132em",
        _ => null,
    };
}
