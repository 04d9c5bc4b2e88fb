using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Inkstone.Caching;

/// <summary>
/// A 128-bit hash (XxHash128) of a template model (the dictionaries, lists and plain values templates read), so that a
/// page whose model and templates are unchanged can come from the cache. Nested dictionaries and lists
/// are digested once per build and then stand for themselves by their digest: a post's model is shared
/// by every page that shows it, and hashing its HTML for each of them would cost more than rendering.
/// A model holding anything else (an object templates could read members of) has no digest.
/// Safe from many threads; models must not change once digested.
/// </summary>
internal sealed class ModelDigest
{
    // Sized for a large site up front: a concurrent dictionary that grows locks out every thread while it copies.
    private readonly ConcurrentDictionary<object, byte[]?> _nested = new(Environment.ProcessorCount, 1 << 16, ReferenceEqualityComparer.Instance);

    /// <returns>The digest, or null when the model holds a value this cannot describe.</returns>
    public byte[]? Of(object? model)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        return Append(buffer, model) ? XxHash128.Hash(buffer.WrittenSpan) : null;
    }

    // Values are written into a buffer hashed once: one hash call per object instead of one per field.
    private bool Append(ArrayBufferWriter<byte> buffer, object? value)
    {
        switch (value)
        {
            case null:
                Tag(buffer, 0);
                return true;
            case string text:
                Tag(buffer, 1);
                Number(buffer, text.Length);
                buffer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
                return true;
            case bool flag:
                Tag(buffer, flag ? (byte)2 : (byte)3);
                return true;
            case int or long:
                Tag(buffer, 4);
                Number(buffer, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case double real:
                Tag(buffer, 5);
                Number(buffer, BitConverter.DoubleToInt64Bits(real));
                return true;
            case DateTimeOffset time:
                Tag(buffer, 6);
                Number(buffer, time.Ticks);
                Number(buffer, time.Offset.Ticks);
                return true;
            case IDictionary or IEnumerable when _nested.GetOrAdd(value, Nested) is { } digest:
                Tag(buffer, 7);
                buffer.Write(digest);
                return true;
            default:
                return false;
        }
    }

    private byte[]? Nested(object value)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        if (value is IDictionary dictionary)
        {
            Tag(buffer, 8);
            foreach (DictionaryEntry entry in dictionary)
            {
                if (!Append(buffer, entry.Key) || !Append(buffer, entry.Value))
                {
                    return null;
                }
            }
        }
        else
        {
            Tag(buffer, 9);
            foreach (var item in (IEnumerable)value)
            {
                if (!Append(buffer, item))
                {
                    return null;
                }
            }
        }

        return XxHash128.Hash(buffer.WrittenSpan);
    }

    private static void Tag(ArrayBufferWriter<byte> buffer, byte tag) => buffer.Write([tag]);

    private static void Number(ArrayBufferWriter<byte> buffer, long number)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(8), number);
        buffer.Advance(8);
    }
}
