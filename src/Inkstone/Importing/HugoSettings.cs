namespace Inkstone.Importing;

/// <summary>What of a Hugo configuration decides URLs.</summary>
internal sealed record HugoSettings
{
    /// <summary>Patterns by section ("posts" to "/:year/:month/:slug/").</summary>
    public IReadOnlyDictionary<string, string> Permalinks { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public bool UglyUrls { get; init; }

    public bool DisablePathToLower { get; init; }

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    public string DefaultLanguage { get; init; } = "en";

    public IReadOnlySet<string> Languages { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>A path segment or token as Hugo writes it: sanitized, and lower case unless disabled.</summary>
    public string Path(string text) => EngineSlugs.Hugo(text, lower: !DisablePathToLower);

    /// <summary>"posts/a.en.md" is "posts/a.md" in English when "en" is one of the site's languages.</summary>
    public (string Path, string? Language) SplitLanguage(string relativePath)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(relativePath);
        var dot = name.LastIndexOf('.');
        if (dot > 0 && Languages.Contains(name[(dot + 1)..]))
        {
            var directory = FileSystem.SitePath.Directory(relativePath);
            var stripped = name[..dot] + System.IO.Path.GetExtension(relativePath);
            return (directory.Length == 0 ? stripped : directory + "/" + stripped, name[(dot + 1)..].ToLowerInvariant());
        }

        return (relativePath, null);
    }
}
