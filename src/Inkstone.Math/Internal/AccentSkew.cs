namespace Inkstone.Math.Internal;

/// <summary>
/// TeX moves an accent over a single italic letter right by the letter's skew (its kern with cmmi's skew character,
/// rule 12 of Appendix G), so the hat of <c>\hat{A}</c> sits over the slanted letter's top rather than over the middle
/// of its box, where Chromium centres it. Values are cmmi10's (as KaTeX's metrics give them), for the letters whose
/// skew is at least 0.05em. The accent is moved by a class of math.css (a margin on its left taken back on its right, so
/// the accent's box stays as wide and centred); an mpadded around it would make Chromium lay it out as an ordinary
/// overscript, not an accent.
/// </summary>
internal static class AccentSkew
{
    /// <summary>The class attribute that moves an accent over the letter by its skew, or null when the accent stays centred.</summary>
    public static string? Of(string? letter) => letter is not { Length: 1 } ? null : letter[0] switch
    {
        'A' => " class=\"ink-skew-139\"",
        'J' or 'd' or 'f' => " class=\"ink-skew-167\"",
        'I' or 'ξ' or 'ψ' or 'ε' => " class=\"ink-skew-111\"",
        'B' or 'C' or 'E' or 'F' or 'G' or 'M' or 'N' or 'O' or 'P' or 'Q' or 'R' or 'S' or 'T' or 'W' or 'X' or 'Z' or 'l' or 'p'
            or 'q' or 't' or 'w' or 'β' or 'ϵ' or 'ζ' or 'θ' or 'ρ' or 'φ' or 'ϑ' or 'ϱ' or 'ς' or 'ϕ' => " class=\"ink-skew-83\"",
        'D' or 'H' or 'K' or 'Y' or 'c' or 'e' or 'j' or 'o' or 'r' or 's' or 'y' or 'z' or 'δ' or 'η' or 'ι' or 'χ' => " class=\"ink-skew-56\"",
        _ => null,
    };
}
