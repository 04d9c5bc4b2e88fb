namespace Inkstone.Caching;

/// <summary>
/// Saves a live site's build cache once its writer has paused, on a background thread, instead of after every
/// rebuild: the render cache of a 4,000-post site is a file of over 150 MB, and writing it took about a third
/// of a second of each save-to-reload. Only the last save asked for runs (each writes the cache as it then
/// is), one at a time, and <see cref="Dispose"/> runs a waiting one at once. The cache is written to a
/// temporary file and renamed over (<see cref="WholeFile"/>), so a process killed before or during a save
/// leaves the last whole file, whose renderings are still checked entry by entry when read.
/// </summary>
internal sealed class DeferredSaving : IDisposable
{
    private readonly TimeSpan _quiet;
    private readonly string _siteDirectory;
    private readonly Timer _timer;
    private readonly object _waiting = new();
    private readonly object _writing = new();
    private Action? _save;
    private bool _disposed;

    /// <param name="quiet">How long no save may be asked for before the last one runs.</param>
    /// <param name="siteDirectory">The site whose cache this saves; once the folder is gone (a test's, deleted), nothing is written into it again.</param>
    public DeferredSaving(TimeSpan quiet, string siteDirectory)
    {
        _quiet = quiet;
        _siteDirectory = siteDirectory;
        _timer = new Timer(_ => Flush());
    }

    /// <summary>Runs <paramref name="save"/> once no other save was asked for during the quiet time, in place of any waiting one.</summary>
    public void Schedule(Action save)
    {
        lock (_waiting)
        {
            if (!_disposed)
            {
                _save = save;
                _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
                return;
            }
        }

        Run(save);
    }

    /// <summary>Runs the waiting save now, if there is one; returns after any save in progress ends.</summary>
    public void Flush()
    {
        lock (_writing)
        {
            Action? save;
            lock (_waiting)
            {
                save = _save;
                _save = null;
            }

            if (save is not null)
            {
                Run(save);
            }
        }
    }

    public void Dispose()
    {
        lock (_waiting)
        {
            _disposed = true;
        }

        _timer.Dispose();
        Flush();
    }

    private void Run(Action save)
    {
        lock (_writing)
        {
            if (Directory.Exists(_siteDirectory))
            {
                save();
            }
        }
    }
}
