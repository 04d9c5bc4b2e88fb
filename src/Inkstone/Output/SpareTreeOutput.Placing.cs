namespace Inkstone.Output;

/// <summary>How the spare tree is brought up to date, entry by entry; every change is one <see cref="Step"/>.</summary>
internal sealed partial class SpareTreeOutput
{
    /// <summary>Makes the spare tree's <paramref name="relative"/> the published file itself, unless it already is.</summary>
    private void PlaceLink(string relative)
    {
        EnsureFolderFor(relative);
        var spare = Spare(relative);
        if (!_placed.ContainsKey(relative) && _spare.Files.Contains(relative) && SameFile(spare, Published(relative)))
        {
            _placed[relative] = 0;
            return;
        }

        Clear(relative);
        Step();
        HardLinker.LinkOrCopy(Published(relative), spare);
        _placed[relative] = 0;
    }

    /// <summary>Writes <paramref name="bytes"/> as a new file: never into the file there, which the published tree may share.</summary>
    private void PlaceNew(string relative, byte[] bytes) => PlaceNew(relative, stream => stream.Write(bytes));

    /// <summary>Writes a new file with <paramref name="write"/>, as <see cref="PlaceNew(string, byte[])"/> does.</summary>
    private void PlaceNew(string relative, Action<Stream> write)
    {
        EnsureFolderFor(relative);
        Clear(relative);
        Step();
        using (var stream = new FileStream(Spare(relative), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.None))
        {
            write(stream);
        }

        _placed[relative] = 0;
    }

    /// <summary>Makes every folder above <paramref name="relative"/> a real folder in the spare tree, replacing a file or link in the way.</summary>
    private void EnsureFolderFor(string relative)
    {
        var parent = Parent(relative);
        if (parent.Length == 0 || IsMade(parent))
        {
            return;
        }

        var slash = -1;
        do
        {
            slash = parent.IndexOf('/', slash + 1);
            var folder = slash < 0 ? parent : parent[..slash];
            if (!IsMade(folder))
            {
                // Each folder is made once, top down; only writers into the same new folder wait for each other.
                // (One lock for all folders had the page stage's threads spinning on it: a 4,000-post site makes
                // 4,000 folders, each a system call inside the lock.)
                _ = _folders.GetOrAdd(folder, f => new Lazy<bool>(() => MakeFolder(f))).Value;
            }
        }
        while (slash >= 0);
    }

    private bool MakeFolder(string folder)
    {
        if (!_spare.Folders.Contains(folder) || _placed.ContainsKey(folder) || _removed.ContainsKey(folder))
        {
            Clear(folder);
            Step();
            Directory.CreateDirectory(Spare(folder));
        }

        return true;
    }

    /// <summary>True when <paramref name="folder"/> is a real folder of the spare tree that this build made or kept (not while it is being made).</summary>
    private bool IsMade(string folder) => _folders.TryGetValue(folder, out var made) && made.IsValueCreated;

    /// <summary>
    /// Removes whatever the spare tree holds at <paramref name="relative"/>: a file this build placed, or what
    /// the tree held when the build began (a folder with all it holds, a file, a link, never followed).
    /// </summary>
    private void Clear(string relative)
    {
        if (_placed.TryRemove(relative, out _))
        {
            Step();
            File.Delete(Spare(relative));
        }
        else if (_removed.ContainsKey(relative) || IsMade(relative))
        {
            // Removed already, or a folder this build needs: a file there is a conflict the write reports.
        }
        else if (_spare.Folders.Contains(relative))
        {
            Step();
            Directory.Delete(Spare(relative), recursive: true);
            _removed[relative] = 0;
        }
        else if (_spare.Files.Contains(relative) || _spare.Others.Contains(relative))
        {
            Step();
            File.Delete(Spare(relative));
            _removed[relative] = 0;
        }
    }

    /// <summary>
    /// Removes from the spare tree the files, links and folders the new site does not have. A folder
    /// cleared to make room for a file took what it held with it; entries under it are skipped.
    /// </summary>
    private void RemoveWhatIsGone()
    {
        var needed = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var file in _written.Keys)
        {
            for (var folder = Parent(file); folder.Length > 0 && needed.Add(folder); folder = Parent(folder))
            {
            }
        }

        bool Untouched(string entry) => !_placed.ContainsKey(entry) && !_removed.ContainsKey(entry) && !_written.ContainsKey(entry);
        foreach (var folder in _spare.Folders.Where(f => !needed.Contains(f) && needed.Contains(Parent(f)) && Untouched(f)).Order(StringComparer.Ordinal))
        {
            Step();
            Directory.Delete(Spare(folder), recursive: true);
        }

        foreach (var file in _spare.Files.Concat(_spare.Others).Where(f => needed.Contains(Parent(f)) && !needed.Contains(f) && Untouched(f)).Order(StringComparer.Ordinal))
        {
            Step();
            File.Delete(Spare(file));
        }
    }

    /// <summary>
    /// Writes the marker into the spare tree by a rename, so the tree is never without one. When the
    /// published marker says the same, the spare gets that very file, so its time stays as it was.
    /// </summary>
    private void WriteMarker(IEnumerable<string> siteDotNames)
    {
        var text = OutputMarker.Text(siteDotNames);
        var marker = Spare(OutputMarker.FileName);
        var published = Published(OutputMarker.FileName);
        var partial = Spare(PartialMarker);
        _written[OutputMarker.FileName] = 0;
        if (_published.Files.Contains(OutputMarker.FileName) && File.ReadAllText(published) == text)
        {
            if (SameFile(marker, published))
            {
                return;
            }

            Step();
            File.Delete(partial);
            HardLinker.LinkOrCopy(published, partial);
        }
        else
        {
            if (File.Exists(marker) && new FileInfo(marker).LinkTarget is null && File.ReadAllText(marker) == text)
            {
                return;
            }

            Step();
            File.Delete(partial);
            File.WriteAllText(partial, text);
        }

        Step();
        File.Move(partial, marker, overwrite: true);
    }

    /// <summary>True when two paths are one file, as a hard link made them (same size and modification time, to the tick).</summary>
    private static bool SameFile(string a, string b)
    {
        var first = new FileInfo(a);
        var second = new FileInfo(b);
        return first.Exists && second.Exists && first.Length == second.Length && first.LastWriteTimeUtc.Ticks == second.LastWriteTimeUtc.Ticks;
    }
}
