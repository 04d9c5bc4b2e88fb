namespace Inkstone.Images;

/// <summary>
/// Variants made by earlier builds, in <c>.inkstone/cache/images/KEY/</c> (one folder per image key: its bytes and
/// settings), so a build whose images did not change encodes none; the social cards keep theirs in a store of their
/// own (<c>.inkstone/cache/social-cards/</c>). A folder is written whole under a temporary name and renamed into
/// place, so an interrupted build never leaves part of one; a folder no build has used for <see cref="Unused"/> is
/// deleted.
/// </summary>
internal sealed class ImageStore(string folder)
{
    public static readonly TimeSpan Unused = TimeSpan.FromDays(30);

    /// <summary>The cached file of each variant, or null when any is missing.</summary>
    public IReadOnlyList<(ImageVariant Variant, string File)>? Find(ResponsiveImage plan) =>
        Find(plan.Key, plan.Variants.Select(Name).ToList()) is { } files ? [.. plan.Variants.Zip(files)] : null;

    public void Save(ResponsiveImage plan, IReadOnlyList<(string Path, byte[] Bytes)> files) =>
        Save(plan.Key, [.. plan.Variants.Select(v => (Name(v), files.First(f => f.Path == v.OutputPath).Bytes))]);

    /// <summary>The cached files named <paramref name="names"/> of the entry <paramref name="key"/>, or null when any is missing.</summary>
    public IReadOnlyList<string>? Find(string key, IReadOnlyList<string> names)
    {
        var entry = Path.Combine(folder, key);
        var files = names.Select(n => Path.Combine(entry, n)).ToList();
        if (!files.TrueForAll(File.Exists))
        {
            return null;
        }

        try
        {
            Directory.SetLastWriteTimeUtc(entry, DateTime.UtcNow);
        }
        catch (IOException)
        {
            // Only the clean-up reads the time: an entry used but not touched may be made again later.
        }

        return files;
    }

    /// <summary>Saves <paramref name="files"/> as the entry <paramref name="key"/>, whole or not at all.</summary>
    public void Save(string key, IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        var entry = Path.Combine(folder, key);
        var staging = entry + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var (name, bytes) in files)
            {
                File.WriteAllBytes(Path.Combine(staging, name), bytes);
            }

            if (Directory.Exists(entry))
            {
                // An entry missing a file (deleted by hand, a disk error): replaced whole.
                Directory.Delete(entry, recursive: true);
            }

            Directory.Move(staging, entry);
        }
        catch (IOException)
        {
            // Another build saved the same entry first, or the disk refused: the next build makes it again.
            TryDelete(staging);
        }
        catch (UnauthorizedAccessException)
        {
            TryDelete(staging);
        }
    }

    /// <summary>Deletes the entries no build has used for <see cref="Unused"/>, and staging folders left by a stopped build.</summary>
    public void Prune(DateTime now)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var entry in Directory.EnumerateDirectories(folder))
        {
            if (now - Directory.GetLastWriteTimeUtc(entry) > Unused || (entry.Contains(".tmp-", StringComparison.Ordinal) && now - Directory.GetLastWriteTimeUtc(entry) > TimeSpan.FromHours(1)))
            {
                TryDelete(entry);
            }
        }
    }

    private static string Name(ImageVariant variant) => FormattableString.Invariant($"{variant.Width}.{variant.Format.Extension()}");

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next prune.
        }
    }
}
