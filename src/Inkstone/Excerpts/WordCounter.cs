using System.Text;
using Inkstone.Configuration;

namespace Inkstone.Excerpts;

/// <summary>
/// Counts words the way readers of mixed Chinese and English text expect: each Han, kana or hangul
/// character is one word, each run of Latin letters or digits is one word; code and math are not counted.
/// </summary>
internal static class WordCounter
{
    public static WordCount Count(IReadOnlyList<TextPiece> pieces)
    {
        var cjk = 0;
        var latin = 0;
        foreach (var piece in pieces)
        {
            if (piece.Kind != TextPieceKind.Text)
            {
                continue;
            }

            var inWord = false;
            foreach (var rune in piece.Text.EnumerateRunes())
            {
                if (IsCjk(rune))
                {
                    cjk++;
                    inWord = false;
                }
                else if (Rune.IsLetterOrDigit(rune) || (inWord && (rune.Value == '\'' || rune.Value == '’' || rune.Value == '-')))
                {
                    if (!inWord)
                    {
                        latin++;
                    }

                    inWord = true;
                }
                else
                {
                    inWord = false;
                }
            }
        }

        return new WordCount(cjk, latin);
    }

    public static bool IsCjk(Rune rune) => rune.Value switch
    {
        >= 0x3400 and <= 0x4DBF => true,   // CJK Extension A
        >= 0x4E00 and <= 0x9FFF => true,   // CJK Unified Ideographs
        >= 0xF900 and <= 0xFAFF => true,   // Compatibility Ideographs
        >= 0x20000 and <= 0x3134F => true, // Extensions B to G
        >= 0x3040 and <= 0x309F => true,   // Hiragana
        >= 0x30A0 and <= 0x30FF => true,   // Katakana
        >= 0x31F0 and <= 0x31FF => true,   // Katakana extensions
        >= 0xAC00 and <= 0xD7AF => true,   // Hangul syllables
        >= 0x1100 and <= 0x11FF => true,   // Hangul Jamo
        >= 0x3130 and <= 0x318F => true,   // Hangul compatibility Jamo
        _ => false,
    };
}
