namespace Inkstone.Images;

/// <summary>What reading an image found: its facts and dominant colour, or why it could not be read (<see cref="Problem"/>).</summary>
internal sealed record ImageInspection(ImageFacts? Facts, string? Colour, string? Problem)
{
    public static ImageInspection Unreadable(string problem) => new(null, null, problem);
}
