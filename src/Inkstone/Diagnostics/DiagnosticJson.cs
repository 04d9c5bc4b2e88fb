using System.Text.Encodings.Web;
using System.Text.Json;

namespace Inkstone.Diagnostics;

/// <summary>
/// Diagnostics as JSON, one object each with the id, severity, place, message and hint: for
/// <c>inkstone check --format json</c>, and (with the source lines around each) for the preview's error overlay.
/// </summary>
public static class DiagnosticJson
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<Diagnostic> diagnostics, bool indented = false, Func<Diagnostic, string?>? source = null) =>
        JsonSerializer.Serialize(
            diagnostics.Select(d =>
            {
                var item = new Dictionary<string, object?>
                {
                    ["id"] = d.Id,
                    ["severity"] = d.Severity == Severity.Error ? "error" : "warning",
                    ["path"] = d.Location.Path,
                    ["line"] = d.Location.Line,
                    ["column"] = d.Location.Column,
                    ["message"] = d.Message,
                    ["hint"] = d.Hint,
                };
                if (source is not null)
                {
                    item["source"] = source(d);
                }

                return item;
            }),
            indented ? Indented : Compact);
}
