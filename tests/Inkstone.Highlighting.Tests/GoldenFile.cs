using System.Runtime.CompilerServices;

namespace Inkstone.Highlighting.Tests;

/// <summary>
/// A sample highlighted and compared with its <c>.tokens</c> golden file (every token other than plain text as
/// «class:text»), written instead under <c>INKSTONE_UPDATE_GOLDEN=1</c>; the text must come back whole.
/// </summary>
internal static class GoldenFile
{
    /// <summary>A folder of samples beside this file (<c>Samples</c>, <c>DefectSamples</c>).</summary>
    public static string Directory(string folder) => Path.Combine(TestsDirectory(), folder);

    public static void AssertMatches(SyntaxHighlighter highlighter, string samplePath, string goldenPath)
    {
        var name = Path.GetFileName(samplePath);
        var language = name[..name.IndexOf('.', StringComparison.Ordinal)];
        var code = File.ReadAllText(samplePath);
        var recorder = TokenRecorder.Highlight(highlighter, language, code);
        var actual = recorder.Render();

        if (Environment.GetEnvironmentVariable("INKSTONE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, actual);
        }

        Assert.True(File.Exists(goldenPath), $"{goldenPath} is missing; run with INKSTONE_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(goldenPath).ReplaceLineEndings("\n"), actual);
        Assert.Equal(code.ReplaceLineEndings("\n").TrimEnd('\n'), recorder.Text().TrimEnd('\n'));
    }

    private static string TestsDirectory([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}
