using Inkstone.SocialCards;

namespace Inkstone.Building;

/// <summary>
/// What the social card stage made: each post's card by its source path (a post with a cover, or whose card failed,
/// has none), and how many cards it drew and how many it took from the cache.
/// </summary>
internal sealed record DrawnCards(IReadOnlyDictionary<string, SocialCard> Cards, int Drawn, int FromCache)
{
    public static DrawnCards None { get; } = new(new Dictionary<string, SocialCard>(StringComparer.Ordinal), 0, 0);
}
