namespace Inkstone.Browser.Tests.MathLayout;

/// <summary>One formula of the layout page: its section in formulas.txt, its TeX, and whether it is display math.</summary>
internal sealed record MathLayoutCase(string Id, string Section, string Tex, bool Display)
{
    /// <summary>
    /// Reads formulas.txt: a line <c># Name</c> starts a section, a line <c>D tex</c> is display math, any other
    /// non-empty line is inline math.
    /// </summary>
    public static IReadOnlyList<MathLayoutCase> Read(string path)
    {
        var cases = new List<MathLayoutCase>();
        var section = "";
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                section = line[2..];
                continue;
            }

            var display = line.StartsWith("D ", StringComparison.Ordinal);
            cases.Add(new MathLayoutCase("f" + (cases.Count + 1), section, display ? line[2..] : line, display));
        }

        return cases;
    }
}
