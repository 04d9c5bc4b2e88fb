namespace Inkstone.Diagnostics;

/// <summary>
/// One problem in a user's site, printed like a compiler message:
/// <c>content/posts/ppo.md:12:5: error INK0203: message</c>, followed by an optional hint.
/// </summary>
public sealed record Diagnostic(string Id, Severity Severity, SourceLocation Location, string Message, string? Hint = null)
{
    /// <summary>The source lines around the location, with a caret under the column, when known.</summary>
    public string? Excerpt { get; init; }

    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{Location}: {severity} {Id}: {Message}";
    }
}
