using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Inkstone.Templating;

/// <summary>
/// A digest of a template model: the dictionaries, lists, texts and numbers a page's template reads, in
/// the order it would read them. Equal digests mean the template sees equal models. A model holding a
/// value this cannot read whole (an object with members of its own) has no digest, and its page is
/// always rendered. Large dictionaries and lists are usually shared by many pages (a post's model appears
/// on its page, its neighbours' pages and every list; a list's page numbers on each of its pages), so
/// their digests are computed once per instance.
/// Safe to use from many threads.
/// </summary>
/// <param name="texts">Digests of long texts a live site keeps between builds; null hashes each as met.</param>
/// <param name="models">The post models a live site keeps between builds, whose digests it keeps too.</param>
internal sealed class ModelDigest(TextDigests? texts = null, KeptPostModels? models = null)
{
    // Smaller collections (a term's link, a heading) are cheaper to hash again than to look up.
    private const int SharedSize = 8;
    private const int MaxDepth = 64;

    // A text this long (a post's HTML) goes in by its own digest, which a live site need not compute again.
    private const int LongText = 1024;

    // Sized for a large site's shared lists and post models: growing a concurrent dictionary locks out every thread.
    private readonly ConcurrentDictionary<object, UInt128?> _shared = new(Environment.ProcessorCount * 4, 1 << 16, ReferenceEqualityComparer.Instance);

    // A hasher holds a few hundred bytes of state; a live rebuild digests tens of thousands of models and shared
    // lists, so hashers are handed back and reset rather than made for each.
    private readonly ConcurrentBag<XxHash128> _hashers = [];

    /// <summary>The digest of <paramref name="model"/>, or null when it holds a value this cannot read.</summary>
    public UInt128? Of(object? model)
    {
        var hash = Rent();
        try
        {
            return Append(hash, model, 0) ? hash.GetCurrentHashAsUInt128() : null;
        }
        finally
        {
            Return(hash);
        }
    }

    private XxHash128 Rent() => _hashers.TryTake(out var hash) ? hash : new XxHash128();

    private void Return(XxHash128 hash)
    {
        hash.Reset();
        _hashers.Add(hash);
    }

    private bool Append(XxHash128 hash, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (value)
        {
            case null:
                Tag(hash, Kind.Null, 0);
                return true;
            case string { Length: >= LongText } text:
                Tag(hash, Kind.LongText, text.Length);
                Span<byte> digest = stackalloc byte[16];
                BinaryPrimitives.WriteUInt128LittleEndian(digest, texts?.Of(text) ?? TextDigests.Compute(text));
                hash.Append(digest);
                return true;
            case string text:
                Tag(hash, Kind.Text, text.Length);
                hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
                return true;
            case bool flag:
                Tag(hash, Kind.Boolean, flag ? 1 : 0);
                return true;
            case int number:
                Tag(hash, Kind.Integer, number);
                return true;
            case long or short or byte or sbyte or ushort or uint or ulong or double or float or decimal or char
                or DateTime or DateTimeOffset or TimeSpan or DateOnly or TimeOnly:
                // "O" keeps a date's offset and every fraction of a second; numbers print round-trippable by default.
                var format = value is DateTime or DateTimeOffset or DateOnly or TimeOnly ? "O" : null;
                var written = value.GetType().Name + ":" + ((IFormattable)value).ToString(format, CultureInfo.InvariantCulture);
                Tag(hash, Kind.Formatted, written.Length);
                hash.Append(MemoryMarshal.AsBytes(written.AsSpan()));
                return true;
            case ICollection collection when collection.Count >= SharedSize:
                var slot = models?.DigestOf(collection);
                UInt128? shared;
                if (slot?.Known is { } noted)
                {
                    shared = noted.Value;
                }
                else if (!_shared.TryGetValue(collection, out shared))
                {
                    var inner = Rent();
                    shared = AppendContent(inner, collection, depth) ? inner.GetCurrentHashAsUInt128() : null;
                    Return(inner);
                    _shared.TryAdd(collection, shared);
                    slot?.Note(shared);
                }

                if (shared is not { } known)
                {
                    return false;
                }

                Tag(hash, Kind.Shared, 0);
                Span<byte> bytes = stackalloc byte[16];
                BinaryPrimitives.WriteUInt128LittleEndian(bytes, known);
                hash.Append(bytes);
                return true;
            case IEnumerable items:
                return AppendContent(hash, items, depth);
            default:
                return false;
        }
    }

    private bool AppendContent(XxHash128 hash, IEnumerable items, int depth)
    {
        if (items is IDictionary dictionary)
        {
            return AppendEntries(hash, dictionary, depth);
        }

        Tag(hash, Kind.List, 0);
        if (items is IList list)
        {
            // By index: enumerating a list through IEnumerable boxes its enumerator.
            for (var i = 0; i < list.Count; i++)
            {
                if (!Append(hash, list[i], depth + 1))
                {
                    return false;
                }
            }
        }
        else
        {
            foreach (var item in items)
            {
                if (!Append(hash, item, depth + 1))
                {
                    return false;
                }
            }
        }

        Tag(hash, Kind.End, 0);
        return true;
    }

    private bool AppendEntries(XxHash128 hash, IDictionary dictionary, int depth)
    {
        Tag(hash, Kind.Dictionary, dictionary.Count);
        if (dictionary is Dictionary<string, object?> model)
        {
            // The models' own type, enumerated without boxing each entry as IDictionary does.
            foreach (var (key, value) in model)
            {
                if (!Append(hash, key, depth + 1) || !Append(hash, value, depth + 1))
                {
                    return false;
                }
            }

            return true;
        }

        foreach (DictionaryEntry entry in dictionary)
        {
            if (!Append(hash, entry.Key, depth + 1) || !Append(hash, entry.Value, depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    private static void Tag(XxHash128 hash, Kind kind, int value)
    {
        Span<byte> bytes = stackalloc byte[5];
        bytes[0] = (byte)kind;
        BinaryPrimitives.WriteInt32LittleEndian(bytes[1..], value);
        hash.Append(bytes);
    }

    private enum Kind : byte
    {
        Null,
        Text,
        Boolean,
        Integer,
        Formatted,
        Dictionary,
        Shared,
        List,
        End,
        LongText,
    }
}
