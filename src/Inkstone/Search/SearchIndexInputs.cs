using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Inkstone.Caching;
using Inkstone.Excerpts;
using Inkstone.Hashing;
using Inkstone.Markdown;

namespace Inkstone.Search;

/// <summary>
/// The digest of everything <see cref="SearchIndexBuilder.Build"/> reads: of each post and page, its
/// kind, title, link, date as shown, categories and tags, headings and text pieces, in the index's order.
/// Equal digests (under the same settings and engine) make the same shards, so a build can keep the
/// published ones instead of indexing again. Hashing the text costs a few milliseconds where indexing it
/// costs hundreds.
/// </summary>
internal static class SearchIndexInputs
{
    public static UInt128 Digest(IEnumerable<RenderedPost> posts, byte[] settings, Func<string, string> link, Func<DateTimeOffset, string> date) =>
        Combine(settings, Of(SearchIndexBuilder.Order(posts), link, date));

    /// <summary>The digest of the whole index from those of its posts, in the index's order.</summary>
    public static UInt128 Combine(byte[] settings, UInt128[] posts)
    {
        var hash = new XxHash128();
        hash.Append(settings);
        hash.Append(MemoryMarshal.AsBytes(posts.AsSpan()));
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>
    /// The digest of what the index reads of each post, in the given order: equal digests give equal terms and
    /// documents (but for the id). <paramref name="text"/> digests a post's text pieces, when a caller keeps those of
    /// unchanged posts (<see cref="LiveSearchIndex"/>).
    /// </summary>
    public static UInt128[] Of(IReadOnlyList<RenderedPost> ordered, Func<string, string> link, Func<DateTimeOffset, string> date, Func<IReadOnlyList<TextPiece>, UInt128>? text = null)
    {
        text ??= TextDigest;
        var digests = new UInt128[ordered.Count];
        Parallel.For(0, ordered.Count, i => digests[i] = DigestOne(ordered[i], link, date, text));
        return digests;
    }

    /// <summary>The digest of a post's text pieces, their kinds and texts.</summary>
    public static UInt128 TextDigest(IReadOnlyList<TextPiece> pieces)
    {
        var hash = new XxHash128();
        foreach (var piece in pieces)
        {
            Span<byte> kind = [(byte)piece.Kind];
            hash.Append(kind);
            hash.AppendText(piece.Text);
        }

        return hash.GetCurrentHashAsUInt128();
    }

    private static UInt128 DigestOne(RenderedPost rendered, Func<string, string> link, Func<DateTimeOffset, string> date, Func<IReadOnlyList<TextPiece>, UInt128> text)
    {
        var post = rendered.Post;
        var hash = new XxHash128();
        hash.AppendText(post.Kind.ToString());
        hash.AppendText(post.Title);
        hash.AppendText(link(post.Url));
        hash.AppendText(date(post.Date));
        hash.AppendText(post.Date == DateTimeOffset.UnixEpoch ? "epoch" : "dated");
        foreach (var term in post.Categories)
        {
            hash.AppendText("c:" + term);
        }

        foreach (var term in post.Tags)
        {
            hash.AppendText("t:" + term);
        }

        foreach (var heading in rendered.Headings)
        {
            hash.AppendText("h:" + heading.Text);
        }

        Span<byte> pieces = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(pieces, text(rendered.Text));
        hash.Append(pieces);
        return hash.GetCurrentHashAsUInt128();
    }
}
