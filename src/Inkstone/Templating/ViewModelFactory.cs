using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.Markdown;
using Inkstone.Taxonomies;

namespace Inkstone.Templating;

/// <summary>
/// Turns the build's data into the plain dictionaries and lists that Liquid templates read
/// (<c>post.title</c>, <c>site.categories</c>, <c>paginator.next_url</c>). A post's model is built
/// once and shared by every page that shows it.
/// </summary>
/// <param name="kept">A live site's models from its last build, reused where they are what this build would make; null makes every model.</param>
internal sealed class ViewModelFactory(
    SiteConfig config, IReadOnlyDictionary<string, Term> categoriesByName, IReadOnlyDictionary<string, Term> tagsByName, DateTimeOffset now, KeptPostModels? kept = null)
{
    private readonly PostModelSettings _settings = PostModelSettings.Of(config);

    // Read for every link on every page; the config works it out from the base URL on each call.
    private readonly string _basePath = config.BasePath;

    // Keyed by the rendered post itself: after a rebuild of one post, its new rendering gets a new model.
    // Striped and sized up front: every list adds posts from many threads, and a growing dictionary locks all out.
    private readonly ConcurrentDictionary<RenderedPost, Dictionary<string, object?>> _posts = new(Environment.ProcessorCount * 4, 1024);

    // A term's link is the same on every post that names it, and making it (the name's key, the escaped URL) cost
    // more than the rest of a post's model; templates only read it, so each term has one.
    private readonly ConcurrentDictionary<Term, Dictionary<string, object?>> _termLinks = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(string Name, bool Category), Dictionary<string, object?>> _termLinksByName = new();

    // A method group passed as a delegate is a new delegate at each call, and these are called for every post on
    // every list: the lookups pass the factory to static lambdas instead, and this one is made once (a race makes two).
    private Func<string, bool, Dictionary<string, object?>>? _termLinkByName;

    /// <summary>The link to the page at the URL path <paramref name="url"/>, under the base path.</summary>
    public string Link(string url) => _basePath + UrlPath.Escape(url.TrimStart('/'));

    public string Absolute(string url) => config.BaseUrl + UrlPath.Escape(url.TrimStart('/'));

    public static string Date(DateTimeOffset date, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(date, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date as the site shows it to readers (<see cref="SiteConfig.DateFormat"/>), month names in the site's language.</summary>
    public string DisplayDate(DateTimeOffset date) =>
        TimeZoneInfo.ConvertTime(date, config.TimeZone).ToString(config.DateFormat, config.Culture);

    public static string IsoDate(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public Dictionary<string, object?> Site(IReadOnlyList<Term> categories, IReadOnlyList<Term> tags) => new()
    {
        ["title"] = config.Title,
        ["description"] = config.Description,
        ["base_url"] = config.BaseUrl,
        ["base_path"] = config.BasePath,
        ["language"] = config.LanguageTag,
        ["author"] = new Dictionary<string, object?> { ["name"] = config.Author.Name, ["email"] = config.Author.Email, ["url"] = config.Author.Url },
        ["menu"] = config.Menu.Select(m => new Dictionary<string, object?> { ["name"] = m.Name, ["url"] = m.Url.Contains("://", StringComparison.Ordinal) ? m.Url : config.BasePath + m.Url.TrimStart('/') }).ToList(),
        ["categories"] = categories.Select(TermLink).ToList(),
        ["tags"] = tags.Select(TermLink).ToList(),
        ["params"] = config.Params,
        ["comments"] = config.Comments is { } comments ? Service(comments) : null,
        ["analytics"] = config.Analytics.Services.Select(Service).ToList(),
        ["analytics_honors_dnt"] = config.Analytics.HonorDoNotTrack,
        ["china"] = China(config.China),
    };

    /// <summary>A third-party service as the theme's partials write it into a page, for the theme's scripts to load.</summary>
    private static Dictionary<string, object?> Service(ThirdPartyService service) => new()
    {
        ["provider"] = service.Provider,
        ["label"] = service.Label,
        ["script_url"] = service.ScriptUrl,
        ["style_url"] = service.StyleUrl,
        ["options"] = service.Options.Select(o => new Dictionary<string, object?> { ["name"] = o.Name, ["value"] = o.Value }).ToList(),
    };

    private static Dictionary<string, object?>? China(ChinaSettings china) => china.Icp is null && china.PoliceRecord is null ? null : new()
    {
        ["icp"] = china.Icp,
        ["icp_url"] = ChinaSettings.IcpRegister,
        ["police"] = china.PoliceRecord,
        ["police_url"] = china.PoliceCode is null ? null : ChinaSettings.PoliceRegister + china.PoliceCode,
    };

    public Dictionary<string, object?> TermLink(Term term) => _termLinks.GetOrAdd(term, static (t, self) => self.CreateTermLink(t), this);

    private Dictionary<string, object?> CreateTermLink(Term term) => new()
    {
        ["name"] = term.Name,
        ["slug"] = term.Slug,
        ["url"] = Link(term.Url),
        ["count"] = term.Posts.Count,
    };

    public Dictionary<string, object?> Post(RenderedPost rendered) =>
        _posts.GetOrAdd(rendered, static (r, self) => self.KeptOrCreatedPost(r), this);

    private Dictionary<string, object?> KeptOrCreatedPost(RenderedPost rendered)
    {
        if (kept is null)
        {
            return CreatePost(rendered);
        }

        var future = IsFuture(rendered);
        var termLink = _termLinkByName ??= TermLinkByName;
        if (kept.Find(rendered, _settings, future, termLink) is { } model)
        {
            return model;
        }

        model = CreatePost(rendered);
        kept.Keep(rendered, _settings, future, termLink, model);
        return model;
    }

    private bool IsFuture(RenderedPost rendered) => rendered.Post.Kind == PostKind.Post && rendered.Post.Date > now;

    private Dictionary<string, object?> CreatePost(RenderedPost rendered)
    {
        var post = rendered.Post;
        return new Dictionary<string, object?>(PostKeys)
        {
            ["title"] = post.Title,
            ["url"] = Link(post.Url),
            ["permalink"] = Absolute(post.Url),
            ["kind"] = post.Kind == PostKind.Post ? "post" : "page",
            ["date"] = DisplayDate(post.Date),
            ["date_iso"] = IsoDate(post.Date),
            ["updated"] = post.Updated is { } u ? DisplayDate(u) : null,
            ["updated_iso"] = post.Updated is { } u2 ? IsoDate(u2) : null,
            ["categories"] = post.Categories.Select(c => TermLinkByName(c, category: true)).ToList(),
            ["category"] = post.Categories.Count > 0 ? TermLinkByName(post.Categories[0], category: true) : null,
            ["tags"] = post.Tags.Select(t => TermLinkByName(t, category: false)).ToList(),
            ["excerpt_html"] = rendered.Excerpt.Html,
            ["excerpt_text"] = rendered.Excerpt.Text,
            ["excerpt_truncated"] = rendered.Excerpt.Truncated,
            ["content_html"] = rendered.ContentHtml,
            ["word_count"] = rendered.Words.Total,
            ["reading_minutes"] = rendered.Words.ReadingMinutes(config),
            ["toc"] = post.Toc ? rendered.Headings.Where(h => h.InToc && h.Level is >= 2 and <= 4).Select(h => new Dictionary<string, object?> { ["level"] = h.Level, ["text"] = h.Text, ["id"] = h.Id }).ToList() : [],
            ["cover"] = post.Cover is null ? null : post.Cover.Contains("://", StringComparison.Ordinal) ? post.Cover : Link(post.Cover),
            ["pinned"] = post.Pinned,
            ["comments"] = post.Comments,
            ["draft"] = post.Draft,
            ["future"] = IsFuture(rendered),
            ["series"] = post.Series,
            ["lang"] = post.Lang,
            ["params"] = post.Params,
            ["source_path"] = post.SourcePath,
            ["cite"] = PostCitation.For(post, config, Absolute(post.Url)),
        };
    }

    /// <summary>The JSON-LD BlogPosting for a post page's head.</summary>
    public string JsonLd(RenderedPost rendered) => kept is null ? WriteJsonLd(rendered) : kept.JsonLd(rendered, _settings, WriteJsonLd);

    private string WriteJsonLd(RenderedPost rendered)
    {
        // Written field by field: serializing a dictionary of objects resolved each value's type by reflection,
        // which cost a small site's build some 50 ms.
        var post = rendered.Post;
        var text = Data.JsonText.Write(JsonLdWriting, json =>
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "BlogPosting");
            json.WriteString("headline", post.Title);
            json.WriteString("datePublished", IsoDate(post.Date));
            json.WriteString("dateModified", IsoDate(post.Updated ?? post.Date));
            json.WriteString("url", Absolute(post.Url));
            json.WriteString("mainEntityOfPage", Absolute(post.Url));
            json.WriteString("description", rendered.Excerpt.Text);
            json.WriteNumber("wordCount", rendered.Words.Total);
            json.WriteString("inLanguage", config.LanguageTag);
            json.WriteString("keywords", string.Join(", ", post.Tags));
            json.WriteString("articleSection", post.Categories.FirstOrDefault());
            json.WriteStartObject("author");
            json.WriteString("@type", "Person");
            json.WriteString("name", config.Author.Name);
            json.WriteEndObject();
            json.WriteEndObject();
        });

        // Escaping '<' keeps "</script>" in a title from closing the script element.
        return text.Replace("<", "\\u003c", StringComparison.Ordinal);
    }

    private static readonly JsonWriterOptions JsonLdWriting = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>How many keys a post's model has (<see cref="CreatePost"/>), so that its dictionary is made at its size.</summary>
    private const int PostKeys = 27;

    private Dictionary<string, object?> TermLinkByName(string name, bool category) =>
        _termLinksByName.GetOrAdd((name, category), static (key, self) => self.CreateTermLinkByName(key), this);

    private Dictionary<string, object?> CreateTermLinkByName((string Name, bool Category) key) =>
        (key.Category ? categoriesByName : tagsByName).TryGetValue(TaxonomyBuilder.Key(key.Name), out var term)
            ? TermLink(term)
            : new Dictionary<string, object?> { ["name"] = key.Name, ["slug"] = Slugifier.SlugifyTerm(key.Name), ["url"] = null, ["count"] = 0 };
}
