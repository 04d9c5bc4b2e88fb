using System.Runtime.CompilerServices;

namespace Inkstone.Templating;

/// <summary>The digest of one long-lived model, once worked out (null inside when the model has none). Safe from many threads.</summary>
internal sealed class DigestSlot
{
    private StrongBox<UInt128?>? _digest;

    /// <summary>The digest, or null when it has not been worked out yet.</summary>
    public StrongBox<UInt128?>? Known => Volatile.Read(ref _digest);

    // Two threads may work it out at once; both find the same digest.
    public void Note(UInt128? digest) => Volatile.Write(ref _digest, new StrongBox<UInt128?>(digest));
}
