using Inkstone.Content;
using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Importing;

/// <summary>
/// Hugo's URLs: <c>url</c> in front matter as written; else the section's pattern in <c>[permalinks]</c>
/// (<c>:year :month :day :section :sections :title :slug :filename :slugorfilename</c>, urlized); else the
/// file's path under <c>content/</c> with <c>slug</c> for its last part. Paths are lower-cased unless
/// <c>disablePathToLower</c>; a language other than the default lives under <c>/LANG/</c>.
/// </summary>
internal sealed class HugoUrls(HugoSettings settings) : IPostUrlRule
{
    public string? Url(Post post, string relativePath, DiagnosticBag diagnostics)
    {
        var (path, language) = settings.SplitLanguage(relativePath);
        var prefix = language is null || language == settings.DefaultLanguage ? "" : "/" + language;
        var own = post.FrontMatter["url"];
        if (DataValues.String(own, "url", diagnostics) is { } url)
        {
            var explicitUrl = url.EndsWith('/') || Path.GetExtension(url).Length > 0 ? url : url + "/";
            return PermalinkValidator.Validate(prefix + "/" + explicitUrl.TrimStart('/'), own!.Location, diagnostics);
        }

        var directory = FileSystem.SitePath.Directory(path);
        var name = Path.GetFileNameWithoutExtension(path);
        var bundle = name is "index" && directory.Length > 0;
        var fileName = bundle ? directory[(directory.LastIndexOf('/') + 1)..] : name;
        var parent = bundle ? FileSystem.SitePath.Directory(directory) : directory;
        var sections = parent.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var slug = DataValues.String(post.FrontMatter["slug"], "slug", diagnostics);

        string result;
        if (sections.Length > 0 && settings.Permalinks.TryGetValue(sections[0], out var pattern))
        {
            var date = TimeZoneInfo.ConvertTime(post.Date, settings.TimeZone);
            result = PermalinkTemplate.Expand(pattern, token => token switch
            {
                "section" => settings.Path(sections[0]),
                "sections" => string.Join('/', sections.Select(settings.Path)),
                "title" => settings.Path(post.Title),
                "slug" => settings.Path(slug ?? post.Title),
                "filename" or "contentbasename" => settings.Path(fileName),
                "slugorfilename" or "slugorcontentbasename" => settings.Path(slug ?? fileName),
                "monthname" => settings.Path(date.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture)),
                _ => PermalinkTemplate.DatePart(token, date),
            });
        }
        else
        {
            var last = slug is null ? fileName : slug;
            result = settings.Path(string.Join('/', sections.Append(last)));
        }

        result = PermalinkTemplate.Clean(result);
        if (settings.UglyUrls && result.EndsWith('/') && result.Length > 1)
        {
            result = result.TrimEnd('/') + ".html";
        }
        else if (!result.EndsWith('/') && Path.GetExtension(result).Length == 0)
        {
            result += "/";
        }

        return prefix + result;
    }
}
