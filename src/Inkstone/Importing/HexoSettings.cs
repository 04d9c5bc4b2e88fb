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

    public string CategorySlug(string name) => EngineSlugs.Hexo(CategoryMap.GetValueOrDefault(name) ?? name, FilenameCase);

    public string TagSlug(string name) => EngineSlugs.Hexo(TagMap.GetValueOrDefault(name) ?? name, FilenameCase);
}
