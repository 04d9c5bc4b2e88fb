using System.Text;
using System.Text.Json;
using Inkstone.Diagnostics;

namespace Inkstone.Data;

/// <summary>Reads a JSON object at the top of a text (Hugo's JSON front matter, a Jupyter notebook) into position-carrying nodes.</summary>
internal static class JsonDataReader
{
    /// <returns>The object, and the offset of the line after its closing brace.</returns>
    public static (DataMap Values, int EndOffset) Read(SourceText source, DiagnosticBag diagnostics)
    {
        var (map, end, failure) = ReadObject(source);
        if (failure is { } problem)
        {
            diagnostics.Error(DiagnosticIds.FrontMatterMalformed, problem.Location, $"The JSON front matter is malformed: {problem.Message}",
                "JSON front matter is one object: { \"title\": \"标题\", \"date\": \"2025-01-01\" }.");
            return (DataMap.Empty(source.Path), source.Text.Length);
        }

        var newline = source.Text.IndexOf('\n', end);
        return (map!, newline < 0 ? source.Text.Length : newline + 1);
    }

    /// <summary>The object the text starts with and the offset just past it, or where and why the JSON cannot be read.</summary>
    public static (DataMap? Values, int EndOffset, JsonFailure? Failure) ReadObject(SourceText source)
    {
        var bytes = Encoding.UTF8.GetBytes(source.Text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
        var offsets = new CharOffsets(bytes);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, 0, new JsonFailure(source.LocationOf(offsets.At(reader.TokenStartIndex)), "it does not start with '{'."));
            }

            var map = (DataMap)ReadValue(ref reader, offsets, source);
            return (map, offsets.At(reader.BytesConsumed), null);
        }
        catch (JsonException e)
        {
            var location = new SourceLocation(source.Path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            return (null, 0, new JsonFailure(location, FirstSentence(e.Message)));
        }
    }

    private static DataNode ReadValue(ref Utf8JsonReader reader, CharOffsets offsets, SourceText source)
    {
        var location = source.LocationOf(offsets.At(reader.TokenStartIndex));
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<KeyValuePair<string, DataNode>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString() ?? "";
                    reader.Read();
                    entries.Add(new(key, ReadValue(ref reader, offsets, source)));
                }

                return new DataMap(entries, location);
            case JsonTokenType.StartArray:
                var items = new List<DataNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, offsets, source));
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
        var j = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var end = i > 0 && (j < 0 || i < j) ? i : j;
        return end > 0 ? message[..end] : message;
    }

    /// <summary>
    /// Character offsets of byte offsets that only move forward, counted from the last one: a notebook holds megabytes
    /// of images in thousands of tokens, and counting each from the start was quadratic.
    /// </summary>
    private sealed class CharOffsets(byte[] bytes)
    {
        private long _byte;
        private int _char;

        public int At(long byteOffset)
        {
            if (byteOffset < _byte)
            {
                _byte = 0;
                _char = 0;
            }

            _char += Encoding.UTF8.GetCharCount(bytes, (int)_byte, (int)(byteOffset - _byte));
            _byte = byteOffset;
            return _char;
        }
    }
}
