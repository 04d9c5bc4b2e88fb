using System.Text.Encodings.Web;
using System.Text.Json;
using Inkstone.Configuration;
using Inkstone.Markdown;
using Inkstone.Templating;

namespace Inkstone.Feeds;

/// <summary>Writes <c>/feed.json</c> (JSON Feed 1.1) with each post's full rendered content.</summary>
internal static class JsonFeedWriter
{
    // Written field by field with a writer: serializing dictionaries of objects resolved every value's type by reflection.
    private static readonly JsonWriterOptions Writing = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(SiteConfig config, IReadOnlyList<RenderedPost> posts, ViewModelFactory links, string home = "/")
    {
        return Data.JsonText.Write(Writing, json =>
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", config.Title);
            json.WriteString("home_page_url", links.Absolute(home));
            json.WriteString("feed_url", links.Absolute(home + "feed.json"));
            json.WriteString("description", config.Description);
            json.WriteString("language", config.LanguageTag);
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", config.Author.Name.Length > 0 ? config.Author.Name : config.Title);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("items");
            foreach (var rendered in FeedEntries.Select(posts, config.FeedEntries))
            {
                var post = rendered.Post;
                json.WriteStartObject();
                json.WriteString("id", links.Absolute(post.Url));
                json.WriteString("url", links.Absolute(post.Url));
                json.WriteString("title", post.Title);
                json.WriteString("content_html", FeedContent.Html(rendered, links.Absolute(post.Url)));
                json.WriteString("summary", rendered.Excerpt.Text);
                json.WriteString("date_published", ViewModelFactory.IsoDate(post.Date));
                json.WriteString("date_modified", ViewModelFactory.IsoDate(post.Updated ?? post.Date));
                json.WriteStartArray("tags");
                foreach (var tag in post.Categories.Concat(post.Tags).Distinct())
                {
                    json.WriteStringValue(tag);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }) + "\n";
    }
}
