using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Fluid;
using Fluid.Values;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// A Liquid value as JSON, for Jekyll's <c>jsonify</c>: strings, numbers, booleans and nil as themselves, lists as
/// arrays, maps as objects. Characters are escaped only where JSON needs it, as Ruby's <c>to_json</c> does.
/// Written by hand rather than serialized, so no type is looked at by reflection and the command compiles ahead of time.
/// </summary>
internal static class LiquidJson
{
    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Data from a writer's files nests a few levels; a cycle or a pathological depth ends as null, not a stack overflow.
    private const int MaxDepth = 64;

    public static string Write(FluidValue value) => Data.JsonText.Write(Writing, json => Write(json, value, 0));

    private static void Write(Utf8JsonWriter json, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            json.WriteNullValue();
            return;
        }

        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case NilValue or EmptyValue or BlankValue:
                json.WriteNullValue();
                break;
            case ArrayValue array:
                json.WriteStartArray();
                foreach (var item in array.Values)
                {
                    Write(json, item, depth + 1);
                }

                json.WriteEndArray();
                break;
            case FluidValue fluid:
                Write(json, fluid.ToObjectValue(), depth + 1);
                break;
            case IFluidIndexable map:
                json.WriteStartObject();
                foreach (var key in map.Keys)
                {
                    json.WritePropertyName(key);
                    Write(json, map.TryGetValue(key, out var item) ? item : null, depth + 1);
                }

                json.WriteEndObject();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                json.WriteNumberValue(number);
                break;
            case float number when float.IsFinite(number):
                json.WriteNumberValue(number);
                break;
            case int or long or short or sbyte:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case uint or ulong or ushort or byte:
                json.WriteNumberValue(Convert.ToUInt64(value, CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset date:
                json.WriteStringValue(date);
                break;
            case DateTime date:
                json.WriteStringValue(date);
                break;
            case IDictionary map:
                json.WriteStartObject();
                foreach (DictionaryEntry entry in map)
                {
                    json.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                    Write(json, entry.Value, depth + 1);
                }

                json.WriteEndObject();
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                json.WriteStartObject();
                foreach (var (key, item) in pairs)
                {
                    json.WritePropertyName(key);
                    Write(json, item, depth + 1);
                }

                json.WriteEndObject();
                break;
            case IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    Write(json, item, depth + 1);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
