using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Inkstone.Caching;

/// <summary>
/// A SHA-256 of a template model (the dictionaries, lists and plain values templates read), so that a
/// page whose model and templates are unchanged can come from the cache. Nested dictionaries and lists
/// are digested once per build and then stand for themselves by their digest: a post's model is shared
/// by every page that shows it, and hashing its HTML for each of them would cost more than rendering.
/// A model holding anything else (an object templates could read members of) has no digest.
/// Safe from many threads; models must not change once digested.
/// </summary>
internal sealed class ModelDigest
{
    private readonly ConcurrentDictionary<object, byte[]?> _nested = new(ReferenceEqualityComparer.Instance);

    /// <returns>The digest, or null when the model holds a value this cannot describe.</returns>
    public byte[]? Of(object? model)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        return Append(hash, model) ? hash.GetHashAndReset() : null;
    }

    private bool Append(IncrementalHash hash, object? value)
    {
        switch (value)
        {
            case null:
                Tag(hash, 0);
                return true;
            case string text:
                Tag(hash, 1);
                Text(hash, text);
                return true;
            case bool flag:
                Tag(hash, flag ? (byte)2 : (byte)3);
                return true;
            case int or long:
                Tag(hash, 4);
                Number(hash, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case double real:
                Tag(hash, 5);
                Number(hash, BitConverter.DoubleToInt64Bits(real));
                return true;
            case DateTimeOffset time:
                Tag(hash, 6);
                Number(hash, time.Ticks);
                Number(hash, time.Offset.Ticks);
                return true;
            case IDictionary or IEnumerable when _nested.GetOrAdd(value, Nested) is { } digest:
                Tag(hash, 7);
                hash.AppendData(digest);
                return true;
            default:
                return false;
        }
    }

    private byte[]? Nested(object value)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (value is IDictionary dictionary)
        {
            Tag(hash, 8);
            foreach (DictionaryEntry entry in dictionary)
            {
                if (!Append(hash, entry.Key) || !Append(hash, entry.Value))
                {
                    return null;
                }
            }
        }
        else
        {
            Tag(hash, 9);
            foreach (var item in (IEnumerable)value)
            {
                if (!Append(hash, item))
                {
                    return null;
                }
            }
        }

        return hash.GetHashAndReset();
    }

    private static void Tag(IncrementalHash hash, byte tag) => hash.AppendData([tag]);

    private static void Number(IncrementalHash hash, long number)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, number);
        hash.AppendData(bytes);
    }

    private static void Text(IncrementalHash hash, string text)
    {
        Number(hash, text.Length);
        hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
