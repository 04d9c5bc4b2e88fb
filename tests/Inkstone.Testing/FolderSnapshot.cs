using System.Security.Cryptography;

namespace Inkstone.Testing;

/// <summary>
/// Everything a folder holds, for comparing a published site byte for byte with another: each file's
/// path and a digest of its bytes, each folder, and each symbolic link with its target. Links are never
/// followed. A missing folder is an empty snapshot.
/// </summary>
internal sealed record FolderSnapshot(IReadOnlyDictionary<string, string> Entries)
{
    public static FolderSnapshot Take(string folder)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            Add(folder, "", entries);
        }

        return new FolderSnapshot(entries);
    }

    /// <summary>The snapshot without the entry <paramref name="topName"/> at the top and all it holds.</summary>
    public FolderSnapshot Without(string topName) =>
        new(Entries.Where(e => e.Key != topName && !e.Key.StartsWith(topName + "/", StringComparison.Ordinal)).ToDictionary(StringComparer.Ordinal));

    public bool SameAs(FolderSnapshot other) =>
        Entries.Count == other.Entries.Count && Entries.All(e => other.Entries.TryGetValue(e.Key, out var v) && v == e.Value);

    /// <summary>The first few entries that differ, for a failure message.</summary>
    public string Difference(FolderSnapshot other) =>
        string.Join("\n", Entries.Keys.Union(other.Entries.Keys).Order(StringComparer.Ordinal)
            .Where(k => Entries.GetValueOrDefault(k) != other.Entries.GetValueOrDefault(k))
            .Take(8)
            .Select(k => $"{k}: {Entries.GetValueOrDefault(k) ?? "(absent)"} against {other.Entries.GetValueOrDefault(k) ?? "(absent)"}"));

    private static void Add(string folder, string prefix, SortedDictionary<string, string> entries)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(folder))
        {
            var relative = prefix + Path.GetFileName(path);
            var info = new FileInfo(path);
            if (info.LinkTarget is { } target)
            {
                entries[relative] = "link to " + target;
            }
            else if (Directory.Exists(path))
            {
                entries[relative + "/"] = "folder";
                Add(path, relative + "/", entries);
            }
            else
            {
                entries[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))[..16];
            }
        }
    }
}
