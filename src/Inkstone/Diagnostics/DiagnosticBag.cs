using System.Collections.Concurrent;

namespace Inkstone.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage, from many threads, so a build reports all problems
/// rather than the first. <see cref="Sorted"/> gives them in a stable order for output.
/// </summary>
/// <remarks>
/// A build publishes what it can: a missing image, a missing anchor, a broken link, an unknown citation key or an image without alt text
/// leaves the rest of the page right, so it is a warning in <c>build</c> and <c>serve</c> and an error in
/// <c>check</c> and <c>build --strict</c> (<paramref name="contentProblemsAreErrors"/>). Whoever reports one, with
/// whatever severity, the bag gives it the severity of this policy.
/// </remarks>
public sealed class DiagnosticBag(bool contentProblemsAreErrors = false)
{
    private static readonly HashSet<string> ContentProblems =
        [DiagnosticIds.MissingImage, DiagnosticIds.MissingAnchor, DiagnosticIds.BrokenLink, DiagnosticIds.ImageWithoutAlt, DiagnosticIds.CitationKeyUnknown];

    private readonly ConcurrentQueue<Diagnostic> _items = new();

    // The same problem found by several posts (a broken site math macro each of them uses) is reported once.
    private readonly ConcurrentDictionary<Diagnostic, byte> _seen = new();

    /// <summary>Whether this bag reports broken links, missing images and anchors and missing alt text as errors.</summary>
    public bool ContentProblemsAreErrors { get; } = contentProblemsAreErrors;

    public void Add(Diagnostic diagnostic)
    {
        if (ContentProblems.Contains(diagnostic.Id))
        {
            diagnostic = diagnostic with { Severity = ContentProblemsAreErrors ? Severity.Error : Severity.Warning };
        }

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
