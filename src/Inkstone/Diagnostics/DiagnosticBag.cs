using System.Collections.Concurrent;

namespace Inkstone.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage, from many threads, so a build reports all problems
/// rather than the first. <see cref="Sorted"/> gives them in a stable order for output.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    // The same problem found by several posts (a broken site math macro each of them uses) is reported once.
    private readonly ConcurrentDictionary<Diagnostic, byte> _seen = new();

    public void Add(Diagnostic diagnostic)
    {
        if (_seen.TryAdd(diagnostic, 0))
        {
            _items.Enqueue(diagnostic);
        }
    }

    public void Error(string id, SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(id, Severity.Error, location, message, hint));

    public void Warning(string id, SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(id, Severity.Warning, location, message, hint));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int Count => _items.Count;

    public bool HasErrorsIn(string path) => _items.Any(d => d.Severity == Severity.Error && d.Location.Path == path);

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Location.Path, StringComparer.Ordinal)
              .ThenBy(d => d.Location.Line)
              .ThenBy(d => d.Location.Column)
              .ThenBy(d => d.Id, StringComparer.Ordinal)
              .ThenBy(d => d.Message, StringComparer.Ordinal)
              .ToList();
}
