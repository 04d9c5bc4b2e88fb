namespace Inkstone.Diagrams;

/// <summary>How a diagram is drawn.</summary>
public sealed record DiagramOptions
{
    /// <summary>Prefix of every id in the SVG, so two diagrams on one page never share an id.</summary>
    public string IdPrefix { get; init; } = "diagram";

    /// <summary>Accessible name of the SVG when the source gives none (<c>accTitle</c>).</summary>
    public string? Title { get; init; }
}
