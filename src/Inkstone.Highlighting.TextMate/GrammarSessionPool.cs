using System.Collections.Concurrent;

namespace Inkstone.Highlighting.TextMate;

/// <summary>
/// Hands each highlighting thread a <see cref="GrammarSession"/> of its own and takes it back, so parallel
/// rendering never shares TextMateSharp's mutable state; sessions are made on demand, at most one per thread
/// that highlights at the same moment, and keep their compiled grammars for the next block.
/// </summary>
internal sealed class GrammarSessionPool(GrammarCatalog catalog)
{
    private readonly ConcurrentBag<GrammarSession> _idle = [];

    public GrammarCatalog Catalog { get; } = catalog;

    public GrammarSession Rent() => _idle.TryTake(out var session) ? session : new GrammarSession(Catalog);

    public void Return(GrammarSession session) => _idle.Add(session);
}
