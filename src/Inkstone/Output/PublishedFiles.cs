namespace Inkstone.Output;

/// <summary>Every file of a live site's published folder as the last build made it (<see cref="InPlaceOutput"/>).</summary>
internal sealed class PublishedFiles(IReadOnlyDictionary<string, PublishedFile> files)
{
    public static readonly PublishedFiles None = new(new Dictionary<string, PublishedFile>());

    public IEnumerable<string> Paths => files.Keys;

    public int Count => files.Count;

    public PublishedFile? Find(string path) => files.TryGetValue(path, out var file) ? file : null;

    /// <summary>The files under <paramref name="folder"/> (no trailing '/').</summary>
    public IReadOnlyList<KeyValuePair<string, PublishedFile>> Under(string folder) =>
        files.Where(f => f.Key.StartsWith(folder + "/", StringComparison.Ordinal)).ToList();

    /// <summary>
    /// The files of a folder another kind of build published: what it noted of each, else nothing, so that the next live build
    /// writes such a file once more, and deletes those it no longer makes. Entries at the top whose names start
    /// with a dot (the marker, a writer's <c>.git</c>) are not the site's pages and are left alone.
    /// </summary>
    /// <param name="known">What the build that published them noted of some of them (<see cref="RecordingOutput"/>).</param>
    public static PublishedFiles In(string root, RecordingOutput known) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith('.'))
            .ToDictionary(p => p, known.Find, StringComparer.Ordinal));
}
