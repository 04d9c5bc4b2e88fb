namespace Inkstone.Diagrams.Internal.Layout;

/// <summary>
/// What the layered layout places, in its own frame where ranks run down the page: boxes (width across the
/// ranks, height along them), directed edges with a minimum rank span and an optional label box, and clusters
/// (nested; each box names its innermost one, -1 for none) with the padding each side needs for its title.
/// </summary>
internal sealed class LayoutGraph
{
    public List<LayoutBox> Boxes { get; } = [];

    public List<LayoutEdge> Edges { get; } = [];

    public List<LayoutCluster> Clusters { get; } = [];

    public double NodeSpacing { get; init; } = 40;

    public double RankSpacing { get; init; } = 50;

    public double EdgeSpacing { get; init; } = 12;
}

internal sealed record LayoutBox(double Width, double Height, int Cluster);

/// <summary>An edge to lay out: <see cref="MinSpan"/> ranks at least between its ends; a label box rides on its middle dummy.</summary>
internal sealed record LayoutEdge(int From, int To, int MinSpan, double LabelWidth, double LabelHeight);

/// <summary>A cluster: its parent (-1 at the top) and its padding at the start and end of both axes.</summary>
internal sealed record LayoutCluster(int Parent, double RankStartPad, double RankEndPad, double CrossStartPad, double CrossEndPad);

/// <summary>Where everything went: box centres, each edge's points (from its source's centre to its target's), label centres, cluster rectangles.</summary>
internal sealed record LayoutResult(
    IReadOnlyList<Svg.Point> Centres,
    IReadOnlyList<IReadOnlyList<Svg.Point>> EdgePoints,
    IReadOnlyList<Svg.Point?> LabelCentres,
    IReadOnlyList<Rect> ClusterBoxes,
    double Width,
    double Height);

internal readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public bool Overlaps(Rect other) => X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    public static Rect Around(Svg.Point centre, double width, double height) => new(centre.X - width / 2, centre.Y - height / 2, width, height);
}
