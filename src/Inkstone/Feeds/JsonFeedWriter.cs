using System.Text.Encodings.Web;
using System.Text.Json;
using Inkstone.Configuration;
using Inkstone.Markdown;
using Inkstone.Templating;

namespace Inkstone.Feeds;

/// <summary>Writes <c>/feed.json</c> (JSON Feed 1.1) with each post's full rendered content.</summary>
internal static class JsonFeedWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(SiteConfig config, IReadOnlyList<RenderedPost> posts, ViewModelFactory links)
    {
        var feed = new Dictionary<string, object?>
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = config.Title,
            ["home_page_url"] = config.BaseUrl,
            ["feed_url"] = links.Absolute("/feed.json"),
            ["description"] = config.Description,
            ["language"] = config.LanguageTag,
            ["authors"] = new[] { new Dictionary<string, object?> { ["name"] = config.Author.Name.Length > 0 ? config.Author.Name : config.Title } },
            ["items"] = FeedEntries.Select(posts).Select(rendered => new Dictionary<string, object?>
            {
                ["id"] = links.Absolute(rendered.Post.Url),
                ["url"] = links.Absolute(rendered.Post.Url),
                ["title"] = rendered.Post.Title,
                ["content_html"] = FeedContent.Html(rendered, links.Absolute(rendered.Post.Url)),
                ["summary"] = rendered.Excerpt.Text,
                ["date_published"] = ViewModelFactory.IsoDate(rendered.Post.Date),
                ["date_modified"] = ViewModelFactory.IsoDate(rendered.Post.Updated ?? rendered.Post.Date),
                ["tags"] = rendered.Post.Categories.Concat(rendered.Post.Tags).Distinct().ToList(),
            }).ToList(),
        };
        return JsonSerializer.Serialize(feed, Options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
