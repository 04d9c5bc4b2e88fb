using System.IO.Hashing;

namespace Inkstone.Caching;

/// <summary>One cached entry as stored: its bytes and their XxHash128, checked before the bytes are trusted.</summary>
internal readonly record struct RenderCacheEntry(ReadOnlyMemory<byte> Payload, ReadOnlyMemory<byte> Checksum)
{
    public const int ChecksumLength = 16;

    public static RenderCacheEntry Of(byte[] payload) => new(payload, XxHash128.Hash(payload));

    public bool IsIntact()
    {
        Span<byte> actual = stackalloc byte[ChecksumLength];
        XxHash128.Hash(Payload.Span, actual);
        return actual.SequenceEqual(Checksum.Span);
    }
}
