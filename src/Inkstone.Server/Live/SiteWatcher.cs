namespace Inkstone.Server.Live;

/// <summary>
/// Watches the parts of a site that a build reads (its source folders: <c>content/</c>, <c>static/</c>, <c>layouts/</c>
/// for Inkstone, <c>_posts/</c> and the rest for Jekyll, <c>source/</c> for Hexo, <c>docs/</c> for MkDocs; and the files
/// at its top, such as <c>inkstone.yml</c> or <c>_config.yml</c>) and reports changes in coalesced batches: a burst of
/// saves, or an editor's "write a temporary file, then rename it over the original", becomes one rebuild.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly IReadOnlyList<string> _folders;

    private readonly string _root;
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private readonly Func<IReadOnlyCollection<string>, Task> _onChanges;
    private readonly Lock _lock = new();
    private HashSet<string> _pending = new(StringComparer.Ordinal);

    public SiteWatcher(string root, TimeSpan quiet, Func<IReadOnlyCollection<string>, Task> onChanges)
    {
        _root = Path.GetFullPath(root);
        _folders = Building.SiteDescription.Of(_root).WatchedFolders;
        _quiet = quiet;
        _onChanges = onChanges;
        _timer = new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);

        // The root is watched alone (for inkstone.yml and folders that appear later); each source folder
        // recursively. The output folder, often inside the site, is never watched: a build would wake us.
        _watchers[""] = Watch(_root, recursive: false);
        foreach (var folder in _folders)
        {
            WatchFolder(folder);
        }
    }

    private void WatchFolder(string folder)
    {
        var path = Path.Combine(_root, folder);
        lock (_lock)
        {
            if (Directory.Exists(path) && !_watchers.ContainsKey(folder))
            {
                _watchers[folder] = Watch(path, recursive: true);
            }
        }
    }

    /// <summary>
    /// Watches a source folder afresh after it was deleted, made, or moved: a watcher on a deleted folder
    /// stays silent forever, even when a folder of the same name is made again.
    /// </summary>
    private void WatchFolderAgain(string folder)
    {
        lock (_lock)
        {
            if (_watchers.Remove(folder, out var old))
            {
                old.Dispose();
            }
        }

        WatchFolder(folder);
    }

    private FileSystemWatcher Watch(string path, bool recursive)
    {
        var watcher = new FileSystemWatcher(path)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Note(e.FullPath, appeared: false);
        watcher.Created += (_, e) => Note(e.FullPath, appeared: true);
        watcher.Deleted += (_, e) => Note(e.FullPath, appeared: true);
        watcher.Renamed += (_, e) =>
        {
            Note(e.OldFullPath, appeared: true);
            Note(e.FullPath, appeared: true);
        };
        watcher.Error += (_, _) =>
        {
            // The folder went away or the event buffer overflowed: watch again, and rebuild what may have been missed.
            var folder = Path.GetRelativePath(_root, path).Replace('\\', '/');
            if (_folders.Contains(folder))
            {
                WatchFolderAgain(folder);
                Note(path, appeared: false);
            }
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>Whether a path (relative to the site, with '/') is something a build reads: a file at the top, or in a source folder.</summary>
    public bool IsWatched(string relative)
    {
        var name = Path.GetFileName(relative);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) ||
            name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name == "4913")
        {
            return false; // editors' scratch files: the rename that follows them is what counts
        }

        return !relative.Contains('/', StringComparison.Ordinal) ||
               _folders.Any(f => relative.StartsWith(f + "/", StringComparison.Ordinal));
    }

    /// <param name="appeared">True when the path was made, deleted or renamed, not only changed.</param>
    private void Note(string fullPath, bool appeared)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        if (_folders.Contains(relative))
        {
            if (appeared)
            {
                WatchFolderAgain(relative);
            }
            else
            {
                WatchFolder(relative);
            }
        }

        if (!IsWatched(relative) && !_folders.Contains(relative))
        {
            return;
        }

        lock (_lock)
        {
            _pending.Add(relative);
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        HashSet<string> batch;
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            batch = _pending;
            _pending = new HashSet<string>(StringComparer.Ordinal);
        }

        _ = _onChanges(batch);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var watcher in _watchers.Values)
            {
                watcher.Dispose();
            }
        }

        _timer.Dispose();
    }
}
