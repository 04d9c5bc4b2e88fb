using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Inkstone.Hashing;

/// <summary>Text in the digests that decide what a build may reuse.</summary>
internal static class DigestText
{
    /// <summary>Appends the length and the UTF-16 code units, so that no two sequences of texts hash the same bytes.</summary>
    public static void AppendText(this XxHash128 hash, string text)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, text.Length);
        hash.Append(length);
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
