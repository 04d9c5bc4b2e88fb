using System.Text;

namespace Inkstone.Import.Tests;

/// <summary>
/// Inkstone's page URLs for a fixture set against the real engine's: which required URLs Inkstone does not
/// write (missing, a failure) and which it writes that the engine did not (extra, allowed), kind by kind.
/// </summary>
internal sealed class UrlComparison
{
    private const int ExtraShown = 60;

    private UrlComparison(IReadOnlyList<ExpectedUrl> expected, IReadOnlySet<string> written, IReadOnlyList<string> extra)
    {
        Expected = expected;
        Written = written;
        Extra = extra;
        Missing = expected.Where(u => u.IsRequired && !written.Contains(u.Url)).ToList();
    }

    public IReadOnlyList<ExpectedUrl> Expected { get; }

    public IReadOnlySet<string> Written { get; }

    public IReadOnlyList<ExpectedUrl> Missing { get; }

    public IReadOnlyList<string> Extra { get; }

    public static UrlComparison Of(IReadOnlyList<ExpectedUrl> expected, IReadOnlyCollection<string> inkstoneUrls)
    {
        var written = inkstoneUrls.ToHashSet(StringComparer.Ordinal);
        var known = expected.Select(u => u.Url).ToHashSet(StringComparer.Ordinal);
        var extra = inkstoneUrls.Where(u => !known.Contains(u)).Order(StringComparer.Ordinal).ToList();
        return new UrlComparison(expected, written, extra);
    }

    /// <summary>One line per kind, such as <c>post 5 of 7</c>: how many of the engine's URLs Inkstone writes.</summary>
    public string Tally() => string.Join(", ", Expected.GroupBy(u => u.Kind).OrderBy(g => g.Key).Select(g =>
        $"{Name(g.Key)} {g.Count(u => Written.Contains(u.Url))} of {g.Count()}{(g.Key == UrlKind.Extra ? " (not required)" : "")}"));

    public string Report(string fixture, string engine, CommandRun inkstone)
    {
        var required = Expected.Count(u => u.IsRequired);
        var text = new StringBuilder();
        text.AppendLine($"Inkstone does not write {Missing.Count} of the {required} URLs that {engine} writes for {fixture}.");
        text.AppendLine($"At the real engine's URL: {Tally()}.");
        text.AppendLine();
        text.AppendLine($"inkstone build {fixture} exited with {inkstone.ExitCode}.");
        AppendIndented(text, inkstone.Error.Length > 0 ? inkstone.Error : inkstone.Out, maxLines: 40);
        text.AppendLine();
        text.AppendLine($"Missing ({Missing.Count}): the real engine writes these, Inkstone does not:");
        foreach (var url in Missing)
        {
            text.AppendLine($"  {Name(url.Kind),-8} {url.Url}");
        }

        text.AppendLine();
        text.AppendLine($"Extra ({Extra.Count}, allowed): Inkstone writes these, the real engine does not:");
        foreach (var url in Extra.Take(ExtraShown))
        {
            text.AppendLine("  " + url);
        }

        if (Extra.Count > ExtraShown)
        {
            text.AppendLine($"  ... and {Extra.Count - ExtraShown} more");
        }

        return text.ToString();
    }

    private static string Name(UrlKind kind) => kind.ToString().ToLowerInvariant();

    private static void AppendIndented(StringBuilder text, string output, int maxLines)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines.Take(maxLines))
        {
            text.AppendLine("  | " + line.TrimEnd());
        }

        if (lines.Length > maxLines)
        {
            text.AppendLine($"  | ... {lines.Length - maxLines} more lines");
        }
    }
}
