using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
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
internal sealed class ModelDigest : IDisposable
{
    // Long texts (a post's HTML) go into the buffer as their own hash rather than copied whole.
    private const int LongText = 512;

    // One memo per thread: a shared concurrent one spent more time on its locks than on hashing, since
    // every page adds lists of its own. A post's model is then digested at most once per thread.
    private readonly ThreadLocal<Dictionary<object, byte[]?>> _nested = new(() => new(ReferenceEqualityComparer.Instance));

    public void Dispose() => _nested.Dispose();

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
                if (text.Length > LongText)
                {
                    XxHash128.Hash(MemoryMarshal.AsBytes(text.AsSpan()), buffer.GetSpan(16));
                    buffer.Advance(16);
                }
                else
                {
                    buffer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
                }

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
            case IDictionary or IEnumerable when Memoized(value) is { } digest:
                Tag(buffer, 7);
                buffer.Write(digest);
                return true;
            default:
                return false;
        }
    }

    private byte[]? Memoized(object value)
    {
        var memo = _nested.Value!;
        if (!memo.TryGetValue(value, out var digest))
        {
            digest = Nested(value);
            memo[value] = digest;
        }

        return digest;
    }

    private byte[]? Nested(object value)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
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
