namespace Inkstone.Highlighting.Tests.Differential;

/// <summary>Which highlighter produced the figures: a hand-written lexer or a TextMate grammar through TextMateSharp.</summary>
internal enum Engine
{
    HandWritten,
    Grammar,
}

/// <summary>How far Inkstone and shiki agree on one language: counted over the characters that are not white space.</summary>
internal sealed class LanguageAgreement(string language, bool core, Engine engine)
{
    public Engine Engine { get; } = engine;

    /// <summary>The same blocks through the engine not chosen, for a language that has both; null for the others.</summary>
    public LanguageAgreement? Alternative { get; set; }

    public string Language { get; } = language;

    public bool Core { get; } = core;

    public int Blocks { get; private set; }

    public int Characters { get; private set; }

    public int Agreeing { get; private set; }

    /// <summary>Characters one side has in a string or comment and the other not (or in the other of the two).</summary>
    public int AcrossStringOrComment { get; private set; }

    public double Agreement => Characters == 0 ? 1 : (double)Agreeing / Characters;

    public double AcrossRate => Characters == 0 ? 0 : (double)AcrossStringOrComment / Characters;

    /// <summary>Per pair of categories (Inkstone's, shiki's), how many characters differ so: what to read first when a language falls short.</summary>
    public Dictionary<(CoarseCategory Inkstone, CoarseCategory Shiki), int> Differences { get; } = [];

    public void Add(string code, CoarseCategory[] inkstone, CoarseCategory[] shiki)
    {
        Blocks++;
        for (var i = 0; i < code.Length; i++)
        {
            if (char.IsWhiteSpace(code[i]))
            {
                continue;
            }

            Characters++;
            if (inkstone[i] == shiki[i])
            {
                Agreeing++;
                continue;
            }

            Differences[(inkstone[i], shiki[i])] = Differences.GetValueOrDefault((inkstone[i], shiki[i])) + 1;
            if (CoarseCategories.IsStringOrComment(inkstone[i]) || CoarseCategories.IsStringOrComment(shiki[i]))
            {
                AcrossStringOrComment++;
            }
        }
    }
}
