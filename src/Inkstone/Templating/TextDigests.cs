using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Inkstone.Templating;

/// <summary>
/// Digests of long texts (a post's HTML, its excerpt), known by the text's identity and kept by a live site from
/// one build to the next: an unchanged post's HTML is the same string in every build (the session's decoded
/// renderings), so its page digests (<see cref="ModelDigest"/>) need not hash it again. Safe from many threads.
/// </summary>
internal sealed class TextDigests
{
    private readonly ConditionalWeakTable<string, StrongBox<UInt128>> _digests = new();

    public UInt128 Of(string text) => _digests.GetValue(text, t => new StrongBox<UInt128>(Compute(t))).Value;

    public static UInt128 Compute(string text) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()));
}
