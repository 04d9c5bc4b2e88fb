using System.Globalization;
using System.Text;
using Inkstone.Configuration;
using Inkstone.Content;

namespace Inkstone.Templating;

/// <summary>
/// "Cite this post" (<c>citations.cite_this_post</c>, or <c>cite_this_post</c> in a post's front matter): the post as a
/// BibTeX <c>@misc</c> entry and as one line of text, APA-like on an English site and after GB/T 7714 on a Chinese one.
/// </summary>
internal static class PostCitation
{
    public static Dictionary<string, object?>? For(Post post, SiteConfig config, string permalink)
    {
        var wanted = post.FrontMatter["cite_this_post"] is Data.DataScalar { Text: var written }
            ? bool.TryParse(written, out var own) && own
            : config.Citations.CiteThisPost;
        if (!wanted || post.Kind != PostKind.Post)
        {
            return null;
        }

        var author = post.Params.TryGetValue("author", out var named) && named is string name && name.Length > 0 ? name : config.Author.Name;
        var date = TimeZoneInfo.ConvertTime(post.Date, config.TimeZone);
        return new Dictionary<string, object?>
        {
            ["bibtex"] = BibTeX(post, config, author, date, permalink),
            ["text"] = config.Language == SiteLanguage.English || (post.Lang?.StartsWith("en", StringComparison.OrdinalIgnoreCase) ?? false)
                ? English(post, config, author, date, permalink)
                : Chinese(post, config, author, date, permalink),
        };
    }

    private static string English(Post post, SiteConfig config, string author, DateTimeOffset date, string permalink)
    {
        var when = date.ToString("yyyy, MMMM d", CultureInfo.InvariantCulture);
        var title = post.Title.TrimEnd('.');
        return author.Length > 0
            ? $"{author}. ({when}). {title}. {config.Title}. {permalink}"
            : $"{title}. ({when}). {config.Title}. {permalink}";
    }

    private static string Chinese(Post post, SiteConfig config, string author, DateTimeOffset date, string permalink)
    {
        var who = author.Length > 0 ? author + ". " : "";
        return $"{who}{post.Title}[EB/OL]. {config.Title}, {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}. {permalink}";
    }

    private static string BibTeX(Post post, SiteConfig config, string author, DateTimeOffset date, string permalink)
    {
        var key = new StringBuilder();
        var family = author.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        foreach (var c in family.ToLowerInvariant() + date.Year.ToString(CultureInfo.InvariantCulture) + post.Slug.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(c);
            }
        }

        var text = new StringBuilder();
        text.Append("@misc{").Append(key.Length > 0 ? key.ToString() : "post").Append(",\n");
        if (author.Length > 0)
        {
            text.Append("  author = {").Append(Escape(author)).Append("},\n");
        }

        // Double braces keep the title's capitals as written in every BibTeX style.
        text.Append("  title = {{").Append(Escape(post.Title)).Append("}},\n");
        text.Append("  howpublished = {").Append(Escape(config.Title)).Append("},\n");
        text.Append("  year = {").Append(date.Year.ToString(CultureInfo.InvariantCulture)).Append("},\n");
        text.Append("  month = {").Append(date.ToString("MMM", CultureInfo.InvariantCulture).ToLowerInvariant()).Append("},\n");
        text.Append("  url = {").Append(permalink).Append("},\n");
        text.Append('}');
        return text.ToString();
    }

    /// <summary>BibTeX's special characters, escaped so the entry reads back as the text it holds.</summary>
    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\textbackslash{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }
}
