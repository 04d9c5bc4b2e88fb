using System.IO.Hashing;
using System.Runtime.InteropServices;
using Inkstone.Caching;
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
    public static UInt128 Digest(IEnumerable<RenderedPost> posts, byte[] settings, Func<string, string> link, Func<DateTimeOffset, string> date)
    {
        var ordered = SearchIndexBuilder.Order(posts);
        var digests = new UInt128[ordered.Count];
        Parallel.For(0, ordered.Count, i => digests[i] = DigestOne(ordered[i], link, date));
        var hash = new XxHash128();
        hash.Append(settings);
        hash.Append(MemoryMarshal.AsBytes(digests.AsSpan()));
        return hash.GetCurrentHashAsUInt128();
    }

    private static UInt128 DigestOne(RenderedPost rendered, Func<string, string> link, Func<DateTimeOffset, string> date)
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

        foreach (var piece in rendered.Text)
        {
            Span<byte> kind = [(byte)piece.Kind];
            hash.Append(kind);
            hash.AppendText(piece.Text);
        }

        return hash.GetCurrentHashAsUInt128();
    }
}
