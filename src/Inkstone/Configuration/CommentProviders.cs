using System.Text.RegularExpressions;

namespace Inkstone.Configuration;

/// <summary>
/// The comment systems <c>comments.provider</c> names, with the settings each one's embed code takes (from each
/// provider's documentation: giscus.app, utteranc.es, waline.js.org, twikoo.js.org, artalk.js.org).
/// </summary>
internal static partial class CommentProviders
{
    public static IReadOnlyList<ServiceProvider> All { get; } =
    [
        new("giscus", "giscus",
            [
                new("repo", "repo", Required: true, Pattern: RepoName(), Expected: "a GitHub repository as owner/name"),
                new("repo_id", "repo-id", Required: true),
                new("category", "category", Required: true),
                new("category_id", "category-id", Required: true),
                new("mapping", "mapping", Default: _ => "pathname", Pattern: GiscusMapping(), Expected: "pathname, url, title or og:title"),
                new("strict", "strict", SettingKind.Flag, Default: _ => "0"),
                new("reactions", "reactions-enabled", SettingKind.Flag, Default: _ => "1"),
                new("input_position", "input-position", Default: _ => "bottom", Pattern: InputPosition(), Expected: "top or bottom"),
                new("lang", "lang", Default: c => c.LanguageTag),
            ],
            (_, url) => url ?? "https://giscus.app/client.js", ServiceProvider.NoStyle, "https://giscus.app/"),
        new("utterances", "utterances",
            [
                new("repo", "repo", Required: true, Pattern: RepoName(), Expected: "a GitHub repository as owner/name"),
                new("issue_term", "issue-term", Default: _ => "pathname", Pattern: UtterancesTerm(), Expected: "pathname, url, title or og:title"),
                new("label", "label"),
            ],
            (_, url) => url ?? "https://utteranc.es/client.js", ServiceProvider.NoStyle, "https://utteranc.es/"),
        new("waline", "Waline",
            [
                new("server_url", "server-url", SettingKind.Url, Required: true),
                new("lang", "lang", Default: c => c.LanguageTag),
            ],
            // The UMD build: a classic script, loaded like the others, where the ES module build would need CORS from a mirror.
            (_, url) => url ?? "https://unpkg.com/@waline/client@v3/dist/waline.umd.js", (_, url) => url ?? "https://unpkg.com/@waline/client@v3/dist/waline.css",
            "https://waline.js.org/en/reference/client/api.html"),
        new("twikoo", "Twikoo",
            [
                new("env_id", "env-id", Required: true),
                new("region", "region"),
                new("lang", "lang", Default: c => c.LanguageTag),
            ],
            // A Tencent CloudBase environment (an id, not an address) needs the bundle with CloudBase's SDK.
            (s, url) => url ?? (s["env-id"].StartsWith("http", StringComparison.Ordinal)
                ? "https://cdn.jsdelivr.net/npm/twikoo@1.7.9/dist/twikoo.min.js"
                : "https://cdn.jsdelivr.net/npm/twikoo@1.7.9/dist/twikoo.all.min.js"),
            ServiceProvider.NoStyle, "https://twikoo.js.org/en/frontend.html"),
        new("artalk", "Artalk",
            [
                new("server", "server", SettingKind.Url, Required: true),
                new("site", "site", Default: c => c.Title),
                new("locale", "locale", Default: c => c.LanguageTag),
            ],
            // The Artalk server serves its own client, so a self-hosted instance needs nothing else.
            (s, url) => url ?? s["server"] + "/dist/Artalk.js", (s, url) => url ?? s["server"] + "/dist/Artalk.css", "https://artalk.js.org/guide/frontend/config.html"),
    ];

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")]
    private static partial Regex RepoName();

    [GeneratedRegex("^(pathname|url|title|og:title)$")]
    private static partial Regex GiscusMapping();

    [GeneratedRegex("^(pathname|url|title|og:title)$")]
    private static partial Regex UtterancesTerm();

    [GeneratedRegex("^(top|bottom)$")]
    private static partial Regex InputPosition();
}
