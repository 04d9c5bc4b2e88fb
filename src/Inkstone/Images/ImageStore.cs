namespace Inkstone.Images;

/// <summary>
/// Variants made by earlier builds, in <c>.inkstone/cache/images/KEY/</c> (one folder per image key: its bytes and
/// settings), so a build whose images did not change encodes none. A folder is written whole under a temporary name and
/// renamed into place, so an interrupted build never leaves part of one; a folder no build has used for
/// <see cref="Unused"/> is deleted.
/// </summary>
internal sealed class ImageStore(string folder)
{
    public static readonly TimeSpan Unused = TimeSpan.FromDays(30);

    /// <summary>The cached file of each variant, or null when any is missing.</summary>
    public IReadOnlyList<(ImageVariant Variant, string File)>? Find(ResponsiveImage plan)
    {
        var entry = Path.Combine(folder, plan.Key);
        var files = plan.Variants.Select(v => (v, Path.Combine(entry, Name(v)))).ToList();
        if (!files.TrueForAll(f => File.Exists(f.Item2)))
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

    public void Save(ResponsiveImage plan, IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var entry = Path.Combine(folder, plan.Key);
        var staging = entry + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var variant in plan.Variants)
            {
                File.WriteAllBytes(Path.Combine(staging, Name(variant)), files.First(f => f.Path == variant.OutputPath).Bytes);
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
