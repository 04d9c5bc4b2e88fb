using System.Text;
using System.Text.RegularExpressions;
using Inkstone.Configuration;
using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Content;

/// <summary>
/// Reads one Markdown source file into a <see cref="Post"/>: decodes it, parses its front matter and
/// resolves the keys and variants people bring from Hexo, Hugo and Jekyll to one meaning.
/// </summary>
internal static partial class PostReader
{
    /// <summary>More tags than any post needs; it bounds the links the tag pages list (tags times posts shown with their tags).</summary>
    public const int MaxTags = 100;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Post? Read(string path, byte[] bytes, PostKind kind, SiteConfig config, DiagnosticBag diagnostics, bool bundles = true, bool datedNames = true)
    {
        if (Decode(path, bytes, diagnostics) is not { } text)
        {
            return null;
        }

        var source = new SourceText(path, text);
        var document = FrontMatterParser.Parse(source, diagnostics, config.Markdown.Has(Configuration.PythonMarkdownExtensions.Meta));
        return FromDocument(source, document, kind, config, diagnostics, bundles, datedNames);
    }

    /// <summary>The file's text with its line breaks made <c>\n</c>, or null (reported) when it is not UTF-8.</summary>
    public static string? Decode(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = LocateByte(bytes, e.Index);
            diagnostics.Error(DiagnosticIds.FileNotUtf8, new SourceLocation(path, line, column),
                "The file is not valid UTF-8, so Inkstone cannot read it.",
                "Save it as UTF-8 in your editor (files saved as GBK or GB2312 show this error).");
            return null;
        }
    }

    /// <summary>
    /// The post that a source text and its front matter make: <paramref name="source"/> holds the Markdown body from
    /// <see cref="FrontMatterDocument.BodyOffset"/> (a notebook's is written from its cells).
    /// </summary>
    public static Post FromDocument(SourceText source, FrontMatterDocument document, PostKind kind, SiteConfig config, DiagnosticBag diagnostics, bool bundles = true, bool datedNames = true)
    {
        var path = source.Path;
        var text = source.Text;
        var fm = document.Values;

        var bundle = bundles && Path.GetFileNameWithoutExtension(path).Equals("index", StringComparison.OrdinalIgnoreCase)
            ? FileSystem.SitePath.Directory(path)
            : null;
        var baseName = bundle is not null ? Path.GetFileName(bundle) : Path.GetFileNameWithoutExtension(path);
        var nameWithoutDate = DatePrefix().Replace(baseName, "");

        var title = DataValues.String(fm["title"], "title", diagnostics);
        var titleFromFrontMatter = !string.IsNullOrWhiteSpace(title);
        if (!titleFromFrontMatter)
        {
            title = FirstHeading(text, document.BodyOffset) ?? nameWithoutDate;
        }

        var date = ReadDate(fm, "date", config, diagnostics) ?? (datedNames ? NameDate(baseName, config) : null);
        var updated = ReadDate(fm, "updated", config, diagnostics) ?? ReadDate(fm, "lastmod", config, diagnostics) ?? ReadDate(fm, "last_modified_at", config, diagnostics);

        var categories = DataValues.StringList(fm["categories"] ?? fm["category"], fm["categories"] is not null ? "categories" : "category", diagnostics, splitSpaces: false);
        var tags = DataValues.StringList(fm["tags"] ?? fm["tag"], "tags", diagnostics);
        if (tags.Count > MaxTags)
        {
            // Every tag's page lists the post with all its tags: 10,000 tags made 10,000 pages of 10,000 links.
            diagnostics.Warning(DiagnosticIds.TooManyTags, (fm["tags"] ?? fm["tag"])!.Location,
                $"The post has {tags.Count:N0} tags; the first {MaxTags} are kept.", "Keep the tags a reader would follow; the rest can go in the text.");
            tags = [.. tags.Take(MaxTags)];
        }

        var draft = DataValues.Bool(fm["draft"], "draft", diagnostics) ?? false;
        if (DataValues.Bool(fm["published"], "published", diagnostics) == false)
        {
            draft = true;
        }

        var slugValue = DataValues.String(fm["slug"], "slug", diagnostics);
        var slug = Slugifier.Slugify(string.IsNullOrWhiteSpace(slugValue) ? nameWithoutDate : slugValue);
        if (slug.Length == 0)
        {
            slug = Slugifier.Slugify(title!);
        }

        var summaryNode = fm["summary"] ?? fm["description"] ?? fm["excerpt"];
        return new Post
        {
            Kind = kind,
            SourcePath = path,
            BundleDirectory = bundle,
            Title = title!.Trim(),
            TitleFromFrontMatter = titleFromFrontMatter,
            Date = date ?? DateTimeOffset.UnixEpoch,
            Undated = date is null,
            Updated = updated,
            Categories = categories,
            Tags = tags,
            Summary = DataValues.String(summaryNode, "summary", diagnostics),
            Draft = draft,
            Slug = slug,
            Cover = DataValues.String(fm["cover"] ?? fm["image"] ?? fm["thumbnail"], "cover", diagnostics),
            Pinned = (DataValues.Bool(fm["pinned"], "pinned", diagnostics) ?? false) || (DataValues.Bool(fm["sticky"], "sticky", diagnostics) ?? false) || (DataValues.Bool(fm["top"], "top", diagnostics) ?? false),
            Series = DataValues.String(fm["series"], "series", diagnostics),
            SeriesOrder = DataValues.Int(fm["series_order"] ?? fm["series_index"], "series_order", diagnostics),
            Toc = DataValues.Bool(fm["toc"], "toc", diagnostics) ?? true,
            Comments = DataValues.Bool(fm["comments"], "comments", diagnostics) ?? true,
            Layout = DataValues.String(fm["layout"], "layout", diagnostics),
            Lang = DataValues.String(fm["lang"] ?? fm["language"], "lang", diagnostics),
            TranslationKey = DataValues.String(fm["translationKey"] ?? fm["translation_key"], "translationKey", diagnostics),
            MathMacros = ReadMacros(fm["math_macros"] ?? (fm["math"] as DataMap)?["macros"], diagnostics),
            Source = source,
            BodyOffset = document.BodyOffset,
            FrontMatter = fm,
            Params = DataObjects.ToDictionary(fm),
        };
    }

    /// <summary>The slug a file name gives, its date prefix left out (<c>2025-03-14-ppo</c> is <c>ppo</c>).</summary>
    public static string SlugOfName(string name) => Slugifier.Slugify(DatePrefix().Replace(name, ""));

    private static DateTimeOffset? ReadDate(DataMap fm, string key, SiteConfig config, DiagnosticBag diagnostics)
    {
        var node = fm[key];
        if (node is null)
        {
            return null;
        }

        // Material for MkDocs's blog plugin also writes "date: {created: 2025-03-14, updated: ...}".
        if (key == "date" && node is DataMap dates && dates["created"] is { } created)
        {
            node = created;
        }

        if (node is DataScalar s && DateValueParser.TryParse(s.Text, config.TimeZone, out var value))
        {
            return value;
        }

        var text = node is DataScalar scalar ? scalar.Text : "a list or a set of keys";
        diagnostics.Error(DiagnosticIds.FrontMatterBadDate, node.Location, $"'{key}' is not a date Inkstone understands: '{text}'.",
            "Write it as 2025-03-14, 2025-03-14 21:30:00 or 2025-03-14T21:30:00+08:00.");
        return null;
    }

    /// <summary>The date a Jekyll-style file name starts with (<c>2025-03-14-name.md</c>), if any.</summary>
    private static DateTimeOffset? NameDate(string baseName, SiteConfig config)
    {
        var match = DatePrefix().Match(baseName);
        return match.Success && DateValueParser.TryParse(match.Value.TrimEnd('-', '_'), config.TimeZone, out var date)
            ? date
            : null;
    }

    private static string? FirstHeading(string text, int bodyOffset)
    {
        foreach (var line in text.AsSpan(bodyOffset).EnumerateLines())
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("# "))
            {
                var heading = trimmed[2..].Trim().TrimEnd('#').Trim().ToString();
                return heading.Length > 0 ? heading : null;
            }
        }

        return null;
    }

    private static Dictionary<string, string> ReadMacros(DataNode? node, DiagnosticBag diagnostics)
    {
        var macros = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is DataMap map)
        {
            foreach (var (name, value) in map.Entries)
            {
                if (DataValues.String(value, "math_macros." + name, diagnostics) is { } body)
                {
                    macros[name.StartsWith('\\') ? name : "\\" + name] = body;
                }
            }
        }

        return macros;
    }

    private static (int Line, int Column) LocateByte(byte[] bytes, int index)
    {
        index = System.Math.Clamp(index, 0, bytes.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}[-_]")]
    private static partial Regex DatePrefix();
}
