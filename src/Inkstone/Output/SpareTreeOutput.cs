using System.Collections.Concurrent;
using System.Text;

namespace Inkstone.Output;

/// <summary>
/// Publishes a build atomically without making the whole site anew. The previous build's tree, kept
/// beside the output folder (<c>.NAME.previous</c>), is brought up to date: a file whose bytes equal the
/// published one becomes a hard link to it (or stays one, which costs a stat), any other file is written
/// as a new file, and what the new site no longer has is removed. Then the two trees are exchanged in one
/// step (<see cref="TreeSwapper"/>). Until then the published site is not touched, so a failed build, or
/// one killed at any instant, leaves it exactly as it was; the next build finds the spare tree in
/// whatever state it was left and brings it up to date all the same.
/// </summary>
/// <remarks>
/// Making a new tree per build would create every folder of the site and, after the swap, delete every
/// folder of the old one: on a 4,000-post site some 6,000 folders each way, more than everything else a
/// cached build does. Keeping the spare tree, most folders and files are already in place.
/// No file in either tree is ever written in place: the trees share files, and a change to one would
/// change the other.
/// </remarks>
internal sealed partial class SpareTreeOutput : IPublishingOutput
{
    private const string PartialMarker = "inkstone-output.partial";

    private readonly OutputFolder _folder;
    private readonly bool _hasPublished;
    private readonly PublishedTree _published;
    private readonly PublishedTree _spare;
    private readonly IReadOnlySet<string> _writersEntries;
    private readonly OutputLedger? _ledger;
    private readonly Action<int>? _onStep;

    // Paths are relative, with '/'. The new site's files:
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);

    // Files this build put into the spare tree (new, or linked to the published file):
    private readonly ConcurrentDictionary<string, byte> _placed = new(StringComparer.Ordinal);

    // Folders of the spare tree this build needs, each made (or found real) once by the first writer into it while
    // the others wait; made when its value is created:
    private readonly ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);

    // Entries the spare tree held when the build began, removed since to make room:
    private readonly ConcurrentDictionary<string, byte> _removed = new(StringComparer.Ordinal);

    private int _steps;
    private int _kept;

    private SpareTreeOutput(OutputFolder folder, OutputLedger? ledger, Action<int>? onStep)
    {
        _folder = folder;
        _ledger = ledger;
        _onStep = onStep;
        if (!Directory.Exists(folder.Parent))
        {
            Step();
            Directory.CreateDirectory(folder.Parent);
        }

        OutputRecovery.Recover(folder, Step);
        if (!Directory.Exists(folder.Previous))
        {
            // The marker first: a spare tree with other files and no marker is not Inkstone's, and a later build refuses it.
            Step();
            Directory.CreateDirectory(folder.Previous);
            Step();
            File.WriteAllText(Spare(OutputMarker.FileName), OutputMarker.Text([]));
        }

        _hasPublished = Directory.Exists(folder.Published);
        _writersEntries = PublishedTree.WritersEntries(folder.Published);

        // The two walks (some 13,000 entries each on a 4,000-post site) hold up every stage, so they run side by side.
        var spare = Task.Run(() => PublishedTree.Read(folder.Previous, PublishedTree.WritersEntries(folder.Previous)));
        _published = PublishedTree.Read(folder.Published, _writersEntries);
        _spare = spare.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Opens <paramref name="folder"/> for a build, first mending what a stopped build left.
    /// <paramref name="onStep"/> is told the number of each change to the file system before it is made (for fault injection in tests).
    /// </summary>
    public static SpareTreeOutput Open(OutputFolder folder, OutputLedger? ledger = null, Action<int>? onStep = null) => new(folder, ledger, onStep);

    public int FileCount => _written.Count;

    public bool NotesInputs => _ledger is not null;

    public int FilesKept => _kept;

    public void Write(string path, byte[] bytes) => Put(path, bytes, null);

    public void Write(string path, byte[] bytes, UInt128? inputs) => Put(path, bytes, inputs);

    public void WriteText(string path, string text) => Write(path, Encoding.UTF8.GetBytes(text));

    public void Copy(string path, Func<Stream> open)
    {
        var relative = Checked(path);
        _written[relative] = 0;
        bool same;
        using (var source = open())
        {
            same = _published.Files.Contains(relative) && FileContent.Equals(Published(relative), source);
        }

        if (same)
        {
            PlaceLink(relative);
            _ledger?.Note(relative, null, Published(relative));
        }
        else
        {
            using var source = open();
            PlaceNew(relative, target => source.CopyTo(target));
            _ledger?.Note(relative, null, Spare(relative));
        }
    }

    public bool TryKeep(string path, UInt128 inputs)
    {
        var relative = Checked(path);
        if (_ledger is null || !_published.Files.Contains(relative) || !_ledger.Holds(relative, inputs, Published(relative)))
        {
            return false;
        }

        _written[relative] = 0;
        PlaceLink(relative);
        _ledger.Keep(relative);
        Interlocked.Increment(ref _kept);
        return true;
    }

    public bool TryKeepFolder(string folder, UInt128 inputs)
    {
        if (_ledger?.MadeUnder(Checked(folder), inputs) is not { } files
            || !files.All(f => _published.Files.Contains(f) && _ledger.StillAsWritten(f, Published(f))))
        {
            return false;
        }

        foreach (var relative in files)
        {
            _written[relative] = 0;
            PlaceLink(relative);
            _ledger.Keep(relative);
        }

        Interlocked.Add(ref _kept, files.Count);
        return true;
    }

    public void Commit()
    {
        var siteDotNames = _written.Keys.Select(FirstSegment).Where(n => n.StartsWith('.')).ToHashSet(StringComparer.Ordinal);
        WriteMarker(siteDotNames);
        RemoveWhatIsGone();
        if (_hasPublished)
        {
            var publishedMarker = Published(OutputMarker.FileName);
            if (!Path.Exists(publishedMarker) && new FileInfo(publishedMarker).LinkTarget is null)
            {
                // A folder Inkstone did not write (built into with --force) becomes the spare tree after the swap:
                // marked now, the next build knows it for Inkstone's own.
                Step();
                File.WriteAllText(publishedMarker, OutputMarker.Text([]));
            }

            foreach (var name in _writersEntries)
            {
                Step();
                OutputRecovery.Move(Path.Combine(_folder.Published, name), Path.Combine(_folder.Previous, name));
            }

            TreeSwapper.Swap(_folder, Step);
        }
        else
        {
            Step();
            Directory.Move(_folder.Previous, _folder.Published);
        }

        // Published. The ledger is saved last; stopped before it, the next build finds the files newer than
        // the old ledger says and makes them again, which is slower, never wrong.
        Step();
        _ledger?.Save();
    }

    /// <summary>
    /// Nothing to undo: until <see cref="Commit"/> only the spare tree changed, and the next build brings it
    /// up to date whatever state it is in.
    /// </summary>
    public void Dispose()
    {
    }

    private void Put(string path, byte[] bytes, UInt128? inputs)
    {
        var relative = Checked(path);
        _written[relative] = 0;
        if (_published.Files.Contains(relative) && FileContent.Equals(Published(relative), bytes))
        {
            PlaceLink(relative);
            _ledger?.Note(relative, inputs, Published(relative));
        }
        else
        {
            PlaceNew(relative, bytes);
            _ledger?.Note(relative, inputs, Spare(relative));
        }
    }

    /// <summary>The path checked, and refused when it would write into the writer's own entries or over the marker.</summary>
    private string Checked(string path)
    {
        var relative = OutputPath.Check(path);
        var first = FirstSegment(relative);
        if (_writersEntries.Contains(first))
        {
            throw new UnwritableOutputException(
                $"'{relative}' would be written into the output folder's '{first}', which is not Inkstone's (the build keeps such entries as they are).");
        }

        return first == OutputMarker.FileName
            ? throw new UnwritableOutputException($"'{relative}' is the name of Inkstone's own marker file in the output folder.")
            : relative;
    }

    private void Step()
    {
        var step = Interlocked.Increment(ref _steps);
        _onStep?.Invoke(step);
    }

    private string Published(string relative) => Path.Combine(_folder.Published, relative);

    private string Spare(string relative) => Path.Combine(_folder.Previous, relative);

    private static string FirstSegment(string relative)
    {
        var slash = relative.IndexOf('/');
        return slash < 0 ? relative : relative[..slash];
    }

    private static string Parent(string relative)
    {
        var slash = relative.LastIndexOf('/');
        return slash < 0 ? "" : relative[..slash];
    }
}
