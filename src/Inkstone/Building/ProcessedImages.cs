namespace Inkstone.Building;

/// <summary>
/// What the image stage made: the published paths it wrote in place of the original files (which the static stage
/// then leaves alone), and how many images it encoded and how many it took from the cache.
/// </summary>
internal sealed record ProcessedImages(IReadOnlySet<string> Published, int Encoded, int FromCache)
{
    public static ProcessedImages None { get; } = new(new HashSet<string>(StringComparer.Ordinal), 0, 0);
}
