using System.Text.Encodings.Web;
using System.Text.Json;
using Inkstone.Diagnostics;

namespace Inkstone.Cli;

/// <summary>Diagnostics as JSON for tools and CI: one object each, with the id, severity, place, message and hint.</summary>
internal static class DiagnosticJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<Diagnostic> diagnostics) => JsonSerializer.Serialize(
        diagnostics.Select(d => new Dictionary<string, object?>
        {
            ["id"] = d.Id,
            ["severity"] = d.Severity == Severity.Error ? "error" : "warning",
            ["path"] = d.Location.Path,
            ["line"] = d.Location.Line,
            ["column"] = d.Location.Column,
            ["message"] = d.Message,
            ["hint"] = d.Hint,
        }),
        Options);
}
