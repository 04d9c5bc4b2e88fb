namespace Inkstone.Highlighting.Tests;

/// <summary>Property-style checks on random input: nothing thrown, every character delivered exactly once.</summary>
public sealed class RoundTripTests
{
    private const string Alphabet = "abcxyzXYZ_09frRbuL \t\n\r\"'`$#@%&*/\\{}[]()<>=+-.,:;!?|^~中文é";

    private static readonly string[] Fragments =
    [
        "\"\"\"", "'''", "/*", "*/", "//", "${", "$(", "#[", "<!--", "-->", "<script>", "</script>", "<style>", "{{", "}}",
        "f\"", "r#\"", "@\"", "$\"", "R\"(", "```", "\\\n", "\r\n", "1e-10", "0x1F", "def ", "class ", "<<EOF\n", "\nEOF\n",
        "$ ", "@@ ", "---", "- ", "key: ", "[[", "]]", "\\begin{x}", "<#", "#>", "@'", "'@",
    ];

    public static TheoryData<string> LanguageNames() => new(new SyntaxHighlighter().Languages.Select(l => l.Name));

    [Theory]
    [MemberData(nameof(LanguageNames))]
    public void Random_input_comes_back_character_for_character(string languageName)
    {
        var highlighter = new SyntaxHighlighter();
        Assert.True(highlighter.TryResolve(languageName, out var language));
        var random = new Random(20240527 + languageName.Length);

        for (var sample = 0; sample < 300; sample++)
        {
            var input = RandomCode(random, random.Next(0, 400));
            var recorder = new TokenRecorder();

            highlighter.Highlight(language, input, recorder);

            Assert.Equal(Normalize(input), recorder.Text());
        }
    }

    private static string RandomCode(Random random, int length)
    {
        var chars = new System.Text.StringBuilder(length + 16);
        while (chars.Length < length)
        {
            if (random.Next(4) == 0)
            {
                chars.Append(Fragments[random.Next(Fragments.Length)]);
            }
            else
            {
                chars.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }

        return chars.ToString();
    }

    /// <summary>What the sink should see: line breaks unified, one trailing break dropped.</summary>
    private static string Normalize(string input)
    {
        var text = input.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return text.EndsWith('\n') ? text[..^1] : text;
    }
}
