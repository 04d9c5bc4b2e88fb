using System.Runtime.CompilerServices;

namespace Inkstone.Diagrams.Tests;

/// <summary>The diagrams in <c>Samples/</c>: the golden structures, the layout checks and the browser's comparison with Mermaid all read them.</summary>
internal static class Samples
{
    public static string Folder([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, "Samples");

    public static IEnumerable<string> Names(string prefix = "") => Directory.EnumerateFiles(Folder(), "*.mmd")
        .Select(f => Path.GetFileName(f)!)
        .Where(n => File.ReadAllText(Path.Combine(Folder(), n)).TrimStart().StartsWith(prefix, StringComparison.Ordinal))
        .Order(StringComparer.Ordinal);

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder(), name));

    public static TheoryData<string> All() => new(Names());

    public static TheoryData<string> Flowcharts() => new(Names().Where(n => !Read(n).TrimStart().StartsWith("sequenceDiagram", StringComparison.Ordinal)));

    public static TheoryData<string> Sequences() => new(Names("sequenceDiagram"));
}
