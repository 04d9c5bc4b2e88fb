namespace Inkstone.Highlighting.Tests;

/// <summary>
/// Each <c>Samples/&lt;language&gt;.&lt;ext&gt;</c> is highlighted and compared with <c>&lt;file&gt;.tokens</c>, which shows every
/// token other than plain text as «class:text». Regenerate after an intended change with
/// <c>INKSTONE_UPDATE_GOLDEN=1 dotnet test tests/Inkstone.Highlighting.Tests --filter FullyQualifiedName~GoldenTests</c>, then review the diff.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(SamplesDirectory()).Where(f => !f.EndsWith(".tokens", StringComparison.Ordinal)).Order())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_highlights_as_its_golden_file(string sample)
    {
        var path = Path.Combine(SamplesDirectory(), sample);
        GoldenFile.AssertMatches(new SyntaxHighlighter(), path, path + ".tokens");
    }

    [Fact]
    public void Every_language_has_a_sample()
    {
        var names = Directory.EnumerateFiles(SamplesDirectory()).Select(f => Path.GetFileName(f).Split('.')[0]).ToHashSet();
        var missing = new SyntaxHighlighter().Languages.Select(l => l.Name).Where(n => !names.Contains(n)).ToList();
        Assert.Empty(missing);
    }

    private static string SamplesDirectory() => GoldenFile.Directory("Samples");
}
