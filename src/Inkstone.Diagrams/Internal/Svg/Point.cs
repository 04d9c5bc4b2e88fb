namespace Inkstone.Diagrams.Internal.Svg;

/// <summary>A point in the diagram's coordinates (pixels, y down).</summary>
internal readonly record struct Point(double X, double Y)
{
    public static Point Between(Point a, Point b) => new((a.X + b.X) / 2, (a.Y + b.Y) / 2);

    public double DistanceTo(Point other) => System.Math.Sqrt((X - other.X) * (X - other.X) + (Y - other.Y) * (Y - other.Y));
}
