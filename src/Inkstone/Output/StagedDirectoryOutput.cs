using System.Text;

namespace Inkstone.Output;

/// <summary>
/// Writes a first build into a fresh folder beside the output folder and moves it into place only when
/// the build succeeds, so a failed build leaves nothing behind and readers never see half a site. Later
/// builds go through <see cref="ChangedFilesOutput"/>.
/// </summary>
internal sealed class StagedDirectoryOutput : IPublishingOutput
{
    private readonly string _target;
    private readonly string _staging;
    private readonly OutputLedger? _ledger;
    private int _count;
    private bool _committed;

    public StagedDirectoryOutput(string target, string staging, OutputLedger? ledger)
    {
        _target = target;
        _staging = staging;
        _ledger = ledger;
        Directory.CreateDirectory(_staging);
    }

    public int FileCount => _count;

    public bool NotesInputs => _ledger is not null;

    public void Write(string path, byte[] bytes) => Put(path, bytes, null);

    public void Write(string path, byte[] bytes, UInt128? inputs) => Put(path, bytes, inputs);

    public void WriteText(string path, string text) => Write(path, Encoding.UTF8.GetBytes(text));

    public void Commit()
    {
        // Another process may have made the folder since this build began: keep nothing of it half-replaced.
        var old = _target + $".old-{Guid.NewGuid():N}";
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, old);
        }

        Directory.Move(_staging, _target);
        _committed = true;
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }

        _ledger?.Save();
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }

    private void Put(string path, byte[] bytes, UInt128? inputs)
    {
        var relative = OutputPath.Check(path);
        var full = Path.Combine(_staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        Interlocked.Increment(ref _count);
        // Moving the folder into place keeps each file's modification time, as the ledger notes it here.
        _ledger?.Note(relative, inputs, full);
    }
}
