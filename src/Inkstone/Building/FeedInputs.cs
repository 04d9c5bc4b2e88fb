using System.Buffers.Binary;
using System.IO.Hashing;
using Inkstone.Configuration;
using Inkstone.Feeds;
using Inkstone.Hashing;
using Inkstone.Markdown;
using Inkstone.Templating;

namespace Inkstone.Building;

/// <summary>
/// Digests of what the feeds and the sitemap are made from, so that a rebuild keeps them when nothing they show
/// changed: writing three feeds of whole posts and a sitemap of every address took a tenth of a live rebuild of
/// 10,000 posts. What is digested is what <see cref="AtomFeedWriter"/>, <see cref="RssFeedWriter"/>,
/// <see cref="JsonFeedWriter"/> and <see cref="SitemapWriter"/> read: of the site, its title, description,
/// language, base URL, author and <c>feed.entries</c>; of each entry, its address, title, dates, categories, tags,
/// excerpt and HTML; of the sitemap, its addresses with their dates, in order, and its limits. A writer that reads
/// more must have it added here (<c>FeedInputsTests</c> changes each one).
/// </summary>
internal static class FeedInputs
{
    /// <summary>The digest of a feed file: what every feed shows, and the file's path and format.</summary>
    public static UInt128 Feed(UInt128 entries, string path, string format)
    {
        var hash = new XxHash128();
        Append(hash, entries);
        hash.AppendText(path);
        hash.AppendText(format);
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>What every feed shows: the site's settings the writers read and the entries.</summary>
    public static UInt128 Entries(SiteConfig config, IReadOnlyList<RenderedPost> entries, TextDigests? texts)
    {
        var hash = new XxHash128();
        hash.AppendText(config.Title);
        hash.AppendText(config.Description);
        hash.AppendText(config.LanguageTag);
        hash.AppendText(config.BaseUrl);
        hash.AppendText(config.Author.Name);
        AppendNumber(hash, config.FeedEntries);
        AppendNumber(hash, entries.Count);
        foreach (var rendered in entries)
        {
            var post = rendered.Post;
            hash.AppendText(post.Url);
            hash.AppendText(post.Title);
            AppendDate(hash, post.Date);
            AppendDate(hash, post.Updated);
            AppendTexts(hash, post.Categories);
            AppendTexts(hash, post.Tags);
            hash.AppendText(rendered.Excerpt.Text);
            Append(hash, texts?.Of(rendered.Excerpt.Html) ?? TextDigests.Compute(rendered.Excerpt.Html));
            Append(hash, texts?.Of(rendered.ContentHtml) ?? TextDigests.Compute(rendered.ContentHtml));
        }

        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>
    /// The digest of a sitemap written as one file: the addresses as <see cref="SitemapWriter.Urls"/> receives them,
    /// the base URL and the limits. A sitemap cut into parts is always written again, so this names the one file.
    /// </summary>
    public static UInt128 SingleSitemap(IReadOnlyList<RenderedPost> dated, IReadOnlyList<(string Url, DateTimeOffset? LastModified)> lists, string baseUrl, SitemapLimits limits)
    {
        var hash = new XxHash128();
        hash.AppendText("sitemap.xml");
        hash.AppendText(baseUrl);
        AppendNumber(hash, limits.Urls);
        AppendNumber(hash, limits.Bytes);
        AppendNumber(hash, lists.Count);
        foreach (var (url, lastModified) in lists)
        {
            hash.AppendText(url);
            AppendDate(hash, lastModified);
        }

        AppendNumber(hash, dated.Count);
        foreach (var rendered in dated)
        {
            hash.AppendText(rendered.Post.Url);
            AppendDate(hash, rendered.Post.Updated ?? rendered.Post.Date);
        }

        return hash.GetCurrentHashAsUInt128();
    }

    private static void AppendTexts(XxHash128 hash, IReadOnlyList<string> texts)
    {
        AppendNumber(hash, texts.Count);
        foreach (var text in texts)
        {
            hash.AppendText(text);
        }
    }

    private static void AppendDate(XxHash128 hash, DateTimeOffset? date)
    {
        // The instant and the offset: feeds print a date with its offset.
        AppendNumber(hash, date is { } d ? d.UtcTicks : long.MinValue);
        AppendNumber(hash, date?.Offset.Ticks ?? 0);
    }

    private static void AppendNumber(XxHash128 hash, long number)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, number);
        hash.Append(bytes);
    }

    private static void Append(XxHash128 hash, UInt128 digest)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, digest);
        hash.Append(bytes);
    }
}
