namespace Inkstone.Importing;

/// <summary>What of a Hexo <c>_config.yml</c> decides URLs.</summary>
internal sealed record HexoSettings
{
    public string Permalink { get; init; } = ":year/:month/:day/:title/";

    public IReadOnlyDictionary<string, string> PermalinkDefaults { get; init; } = new Dictionary<string, string>();

    public bool PostAssetFolder { get; init; }

    public string DefaultCategory { get; init; } = "uncategorized";

    public IReadOnlyDictionary<string, string> CategoryMap { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> TagMap { get; init; } = new Dictionary<string, string>();

    /// <summary><c>filename_case</c>: 0 keeps case, 1 lower, 2 upper.</summary>
    public int FilenameCase { get; init; }

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>A category's slug; a nested one ("算法/动态规划", see <see cref="HexoCategories"/>) is its parents' slugs and its own.</summary>
    public string CategorySlug(string name) =>
        string.Join('/', name.Split('/').Select(part => EngineSlugs.Hexo(CategoryMap.GetValueOrDefault(part) ?? part, FilenameCase)));

    public string TagSlug(string name) => EngineSlugs.Hexo(TagMap.GetValueOrDefault(name) ?? name, FilenameCase);
}
