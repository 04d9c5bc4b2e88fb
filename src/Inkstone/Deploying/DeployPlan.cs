namespace Inkstone.Deploying;

/// <summary>
/// What a deploy changes at its target: the files to upload (new or with other bytes), in
/// <see cref="UploadOrder"/>, and the paths to delete (there, no longer in the site), deleted last.
/// </summary>
internal sealed record DeployPlan(IReadOnlyList<SiteFile> Uploads, IReadOnlyList<string> Deletions, int Unchanged)
{
    public bool ChangesNothing => Uploads.Count == 0 && Deletions.Count == 0;

    /// <summary>The plan that makes a target holding <paramref name="remote"/> (path to MD5 hex, or null when unknown) hold <paramref name="site"/>.</summary>
    public static DeployPlan Between(IReadOnlyList<SiteFile> site, IReadOnlyDictionary<string, string?> remote)
    {
        var uploads = site.Where(f => !remote.TryGetValue(f.Path, out var md5) || !string.Equals(md5, f.Md5, StringComparison.OrdinalIgnoreCase)).ToList();
        var paths = site.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var deletions = remote.Keys.Where(p => !paths.Contains(p)).Order(StringComparer.Ordinal).ToList();
        return new DeployPlan(UploadOrder.Sort(uploads), deletions, site.Count - uploads.Count);
    }
}
