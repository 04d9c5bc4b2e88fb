using Inkstone.Content;
using Inkstone.Diagnostics;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// Which line of a post's body each line of its rendered template came from, so that a problem found in the
/// Markdown (a broken link, a math error) is reported at the line the writer wrote. The identity when the template
/// kept the number of lines, as almost every tag does; otherwise the lines both texts share are matched
/// (<see cref="LineAligner"/>), and a line a tag wrote is placed at the tag.
/// </summary>
internal sealed class LineMap
{
    private readonly int[]? _sourceLineOf;

    private LineMap(int[]? sourceLineOf) => _sourceLineOf = sourceLineOf;

    public static LineMap Identity { get; } = new(null);

    public bool IsIdentity => _sourceLineOf is null;

    public static LineMap Between(string source, string output)
    {
        var sourceLines = source.Split('\n');
        var outputLines = output.Split('\n');
        return sourceLines.Length == outputLines.Length ? Identity : new LineMap(LineAligner.Align(sourceLines, outputLines));
    }

    /// <summary>
    /// The map of a second rendering done on this one's output (Hugo's shortcodes after the tags): each of its lines
    /// goes to the line <paramref name="earlier"/> says that line came from.
    /// </summary>
    public LineMap After(LineMap earlier)
    {
        if (earlier.IsIdentity)
        {
            return this;
        }

        return IsIdentity ? earlier : new LineMap(_sourceLineOf!.Select(earlier.SourceLine).ToArray());
    }

    /// <summary>The 0-based body line of <paramref name="outputLine"/> (a 0-based line of the rendered body).</summary>
    public int SourceLine(int outputLine) =>
        _sourceLineOf is null || outputLine < 0 ? outputLine : _sourceLineOf[System.Math.Min(outputLine, _sourceLineOf.Length - 1)];

    /// <summary>Passes <paramref name="problems"/> on to <paramref name="target"/>, each in the post's body moved to the line it came from.</summary>
    public void Report(DiagnosticBag problems, Post post, DiagnosticBag target)
    {
        var firstBodyLine = post.Source.LocationOf(post.BodyOffset).Line;
        foreach (var problem in problems.Sorted())
        {
            var location = problem.Location;
            target.Add(location.Path == post.SourcePath && location.Line >= firstBodyLine
                ? problem with { Location = location with { Line = SourceLine(location.Line - firstBodyLine) + firstBodyLine } }
                : problem);
        }
    }
}
