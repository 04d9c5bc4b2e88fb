using System.Buffers.Binary;
using System.Text;

namespace Inkstone.Caching;

/// <summary>
/// Reads what a <see cref="BinaryWriter"/> wrote, straight from a byte array: strings decode in one call
/// instead of through <see cref="BinaryReader"/>'s chunked decoder, which dominated loading the cache.
/// Every read checks its bounds and throws <see cref="InvalidDataException"/> past the end.
/// </summary>
internal ref struct CacheReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _position;

    public readonly bool AtEnd => _position == _bytes.Length;

    public readonly int Remaining => _bytes.Length - _position;

    public byte ReadByte() => Take(1)[0];

    public bool ReadBoolean() => ReadByte() switch
    {
        0 => false,
        1 => true,
        _ => throw new InvalidDataException("A cached value is not a boolean."),
    };

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public string ReadString()
    {
        var length = Read7BitEncodedInt();
        return length == 0 ? "" : Encoding.UTF8.GetString(Take(length));
    }

    private int Read7BitEncodedInt()
    {
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result >= 0 ? result : throw new InvalidDataException("A cached length is negative.");
            }
        }

        throw new InvalidDataException("A cached length is too long.");
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > Remaining)
        {
            throw new InvalidDataException("A cached rendering is cut short.");
        }

        var span = _bytes.Slice(_position, count);
        _position += count;
        return span;
    }
}
