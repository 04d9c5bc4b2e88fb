using System.Text;
using System.Text.Json;
using Inkstone.Diagnostics;

namespace Inkstone.Data;

/// <summary>Reads a JSON object at the top of a text (Hugo's JSON front matter) into position-carrying nodes.</summary>
internal static class JsonDataReader
{
    /// <returns>The object, and the offset of the line after its closing brace.</returns>
    public static (DataMap Values, int EndOffset) Read(SourceText source, DiagnosticBag diagnostics)
    {
        var bytes = Encoding.UTF8.GetBytes(source.Text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            reader.Read();
            var map = (DataMap)ReadValue(ref reader, bytes, source);
            var end = Encoding.UTF8.GetCharCount(bytes, 0, (int)reader.BytesConsumed);
            var newline = source.Text.IndexOf('\n', end);
            return (map, newline < 0 ? source.Text.Length : newline + 1);
        }
        catch (JsonException e)
        {
            var location = new SourceLocation(source.Path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            diagnostics.Error(DiagnosticIds.FrontMatterMalformed, location, $"The JSON front matter is malformed: {FirstSentence(e.Message)}",
                "JSON front matter is one object: { \"title\": \"标题\", \"date\": \"2025-01-01\" }.");
            return (DataMap.Empty(source.Path), source.Text.Length);
        }
    }

    private static DataNode ReadValue(ref Utf8JsonReader reader, byte[] bytes, SourceText source)
    {
        var location = source.LocationOf(Encoding.UTF8.GetCharCount(bytes, 0, (int)reader.TokenStartIndex));
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<KeyValuePair<string, DataNode>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString() ?? "";
                    reader.Read();
                    entries.Add(new(key, ReadValue(ref reader, bytes, source)));
                }

                return new DataMap(entries, location);
            case JsonTokenType.StartArray:
                var items = new List<DataNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, bytes, source));
                }

                return new DataList(items, location);
            case JsonTokenType.String:
                return new DataScalar(reader.GetString() ?? "", true, location);
            case JsonTokenType.Null:
                return new DataScalar("", false, location);
            default:
                return new DataScalar(Encoding.UTF8.GetString(reader.ValueSpan), false, location);
        }
    }

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(" Path:", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message;
    }
}
