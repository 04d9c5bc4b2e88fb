using System.Text;

namespace Inkstone.Search;

/// <summary>
/// Which term shard holds a term. A CJK term is placed by the FNV-1a hash of its own UTF-8 bytes; any
/// other term by the hash of its first two characters (code points), so that every term sharing a
/// two-character prefix sits in one shard and the prefix query <c>transf</c> reads only the shard of "tr".
/// FNV-1a, 32 bits: start at 2166136261; for each byte, xor it in, then multiply by 16777619 modulo 2^32.
/// The shard is the hash modulo the shard count in <c>meta.json</c>.
/// </summary>
internal static class SearchShardKey
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static int ShardOf(string term, int shardCount) => (int)(Fnv1a(KeySpanOf(term)) % (uint)shardCount);

    /// <summary>The part of the term that chooses its shard.</summary>
    public static string KeyOf(string term) => KeySpanOf(term).ToString();

    public static uint Fnv1a(string text) => Fnv1a(text.AsSpan());

    private static ReadOnlySpan<char> KeySpanOf(string term)
    {
        if (SearchTokenizer.IsCjkTerm(term))
        {
            return term;
        }

        // The first two code points: two, three or four UTF-16 units.
        var end = 0;
        for (var n = 0; n < 2 && end < term.Length; n++)
        {
            end += char.IsHighSurrogate(term[end]) && end + 1 < term.Length && char.IsLowSurrogate(term[end + 1]) ? 2 : 1;
        }

        return term.AsSpan(0, end);
    }

    private static uint Fnv1a(ReadOnlySpan<char> text)
    {
        Span<byte> small = stackalloc byte[256];
        var bytes = Encoding.UTF8.GetMaxByteCount(text.Length) <= small.Length ? small : new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        var hash = OffsetBasis;
        foreach (var b in bytes[..Encoding.UTF8.GetBytes(text, bytes)])
        {
            hash ^= b;
            hash = unchecked(hash * Prime);
        }

        return hash;
    }
}
