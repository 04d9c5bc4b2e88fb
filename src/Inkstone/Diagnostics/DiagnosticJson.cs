using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Inkstone.Diagnostics;

/// <summary>
/// Diagnostics as JSON, one object each with the id, severity, place, message and hint: for
/// <c>inkstone check --format json</c>, and (with the source lines around each) for the preview's error overlay.
/// </summary>
public static class DiagnosticJson
{
    // Written with a writer rather than serialized: no reflection, so the command can be compiled ahead of time.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<Diagnostic> diagnostics, bool indented = false, Func<Diagnostic, string?>? source = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("path", d.Location.Path);
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteString("message", d.Message);
                json.WriteString("hint", d.Hint);
                if (source is not null)
                {
                    json.WriteString("source", source(d));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
