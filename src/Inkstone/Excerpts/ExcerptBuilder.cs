using System.Net;
using System.Text;
using Inkstone.Configuration;

namespace Inkstone.Excerpts;

/// <summary>
/// Builds the automatic excerpt: the post's visible text from the start, blocks joined by single
/// spaces, whitespace collapsed, display formulas and code blocks shown as a marker, cut after a
/// number of Unicode code points (so an emoji counts as one and is never split, nor is an inline
/// formula) and never inside a word of a spaced script, followed by "..." when cut.
/// </summary>
internal static class ExcerptBuilder
{
    private readonly record struct Atom(TextPieceKind Kind, string Text, int Length, string? Html = null);

    /// <param name="maxLength">Code points to keep, or null to keep everything (the part before a more marker).</param>
    public static Excerpt Build(IReadOnlyList<TextPiece> pieces, int? maxLength, SiteLanguage language)
    {
        var atoms = Atomize(pieces, language, maxLength);
        var kept = 0;
        var count = 0;
        while (kept < atoms.Count && !(maxLength is { } max && count + atoms[kept].Length > max))
        {
            count += atoms[kept].Length;
            kept++;
        }

        var truncated = kept < atoms.Count;
        if (truncated)
        {
            kept = WordStart(atoms, kept);
        }

        var html = new StringBuilder();
        var text = new StringBuilder();
        foreach (var atom in atoms.Take(kept))
        {
            if (atom.Kind == TextPieceKind.InlineMath)
            {
                html.Append(atom.Html ?? $"<span class=\"math\">{WebUtility.HtmlEncode(atom.Text)}</span>");
                text.Append(atom.Text);
            }
            else
            {
                html.Append(WebUtility.HtmlEncode(atom.Text));
                text.Append(atom.Text);
            }
        }

        var htmlResult = html.ToString().TrimEnd();
        var textResult = text.ToString().TrimEnd();
        if (truncated)
        {
            htmlResult += "...";
            textResult += "...";
        }

        return new Excerpt(htmlResult, textResult, truncated);
    }

    /// <summary>
    /// Where to cut so that a word of a spaced script ("which") is not cut in two: back to the start of the word the cut
    /// falls in. Chinese and Japanese break between any two characters; a single word longer than the excerpt is cut.
    /// </summary>
    private static int WordStart(List<Atom> atoms, int cut)
    {
        if (cut == 0 || !IsWordLetter(atoms[cut]) || !IsWordLetter(atoms[cut - 1]))
        {
            return cut;
        }

        var start = cut - 1;
        while (start > 0 && IsWordLetter(atoms[start - 1]))
        {
            start--;
        }

        return start == 0 ? cut : start;
    }

    /// <summary>A letter or digit of a script written with spaces between words (below the CJK blocks, which start at U+2E80).</summary>
    private static bool IsWordLetter(Atom atom) =>
        atom.Kind == TextPieceKind.Text && atom.Length == 1 && Rune.TryGetRuneAt(atom.Text, 0, out var rune)
        && rune.Value < 0x2E80 && Rune.IsLetterOrDigit(rune);

    /// <summary>Splits pieces into atoms of one code point each, whole formulas and whole markers, with spaces collapsed.</summary>
    private static List<Atom> Atomize(IReadOnlyList<TextPiece> pieces, SiteLanguage language, int? maxLength)
    {
        // Atoms past the cut are never shown; a few beyond it are enough to know the text was cut.
        var enough = maxLength is { } max ? (2 * max) + 8 : int.MaxValue;
        var (formulaMarker, codeMarker) = language == SiteLanguage.English ? ("[formula]", "[code]") : ("[公式]", "[代码]");
        var atoms = new List<Atom>();
        var pendingSpace = false;

        void AddAtom(TextPieceKind kind, string text, int length, string? html = null)
        {
            if (pendingSpace && atoms.Count > 0)
            {
                atoms.Add(new Atom(TextPieceKind.Text, " ", 1));
            }

            pendingSpace = false;
            atoms.Add(new Atom(kind, text, length, html));
        }

        foreach (var piece in pieces)
        {
            if (atoms.Count > enough)
            {
                break;
            }

            switch (piece.Kind)
            {
                case TextPieceKind.BlockEnd:
                    pendingSpace = true;
                    break;
                case TextPieceKind.DisplayMath:
                    pendingSpace = true;
                    AddAtom(TextPieceKind.Text, formulaMarker, CodePoints(formulaMarker));
                    pendingSpace = true;
                    break;
                case TextPieceKind.CodeBlock:
                    pendingSpace = true;
                    AddAtom(TextPieceKind.Text, codeMarker, CodePoints(codeMarker));
                    pendingSpace = true;
                    break;
                case TextPieceKind.InlineMath:
                    var tex = piece.Text.Trim();
                    AddAtom(TextPieceKind.InlineMath, tex, CodePoints(tex), piece.Html);
                    break;
                default:
                    foreach (var rune in piece.Text.EnumerateRunes())
                    {
                        if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
                        {
                            pendingSpace = true;
                        }
                        else
                        {
                            AddAtom(TextPieceKind.Text, rune.ToString(), 1);
                        }
                    }

                    break;
            }
        }

        return MergeEmojiSequences(atoms);
    }

    /// <summary>
    /// Keeps emoji presentation selectors and zero-width joiners with the character before them, so
    /// that "⚠️" (two code points) is cut as one symbol and counted as one.
    /// </summary>
    private static List<Atom> MergeEmojiSequences(List<Atom> atoms)
    {
        var merged = new List<Atom>(atoms.Count);
        for (var i = 0; i < atoms.Count; i++)
        {
            var atom = atoms[i];
            while (i + 1 < atoms.Count && atoms[i + 1].Kind == TextPieceKind.Text && IsJoiner(atoms[i + 1].Text))
            {
                var joined = atom.Text + atoms[i + 1].Text;
                i++;
                if (atoms[i].Text == "\u200D" && i + 1 < atoms.Count)
                {
                    joined += atoms[i + 1].Text;
                    i++;
                }

                atom = atom with { Text = joined };
            }

            merged.Add(atom);
        }

        return merged;
    }

    private static bool IsJoiner(string text) =>
        text is "\uFE0F" or "\uFE0E" or "\u200D" ||
        (text.Length == 2 && Rune.GetRuneAt(text, 0).Value is >= 0x1F3FB and <= 0x1F3FF);

    private static int CodePoints(string text)
    {
        var n = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            n++;
        }

        return n;
    }
}
