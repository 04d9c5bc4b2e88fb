using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Inkstone.Data;

/// <summary>
/// JSON written field by field into a string: what the feeds, JSON-LD and Liquid's <c>jsonify</c> write, without
/// the serializer's reflection (which the ahead-of-time build cannot honour and which cost a small site 50 ms).
/// </summary>
internal static class JsonText
{
    public static string Write(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
