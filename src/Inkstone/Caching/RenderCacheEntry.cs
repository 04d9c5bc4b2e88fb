namespace Inkstone.Caching;

/// <summary>One cached rendering as stored: its serialized bytes and their SHA-256, checked before the bytes are trusted.</summary>
internal readonly record struct RenderCacheEntry(ReadOnlyMemory<byte> Payload, ReadOnlyMemory<byte> Checksum)
{
    public static RenderCacheEntry Of(byte[] payload) => new(payload, System.Security.Cryptography.SHA256.HashData(payload));

    public bool IsIntact() =>
        System.Security.Cryptography.SHA256.HashData(Payload.Span).AsSpan().SequenceEqual(Checksum.Span);
}
