using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>Reading one post's shortcodes: the post, what rendering may consult, and the blocks its shortcodes asked for.</summary>
internal sealed class ShortcodeRun(Post post, PostRenderContext context, ShortcodeSite site, TagBlocks blocks)
{
    public Post Post { get; } = post;

    public PostRenderContext Context { get; } = context;

    public ShortcodeSite Site { get; } = site;

    public TagBlocks Blocks { get; } = blocks;

    /// <summary>Whether words a shortcode writes (a card's label) are English: the post's own language, else the site's.</summary>
    public bool English => Post.Lang is { } lang ? lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) : Context.Config.Language == Configuration.SiteLanguage.English;

    /// <summary>The base path every link of the site starts with ("/" or "/blog/").</summary>
    public string BasePath => Context.Config.BasePath;

    public void Warning(string id, SourceLocation location, string message, string? hint = null) => Context.Diagnostics.Warning(id, location, message, hint);

    /// <summary>A post a shortcode names that the site does not have: a broken link, reported as the build's policy says.</summary>
    public void BrokenLink(SourceLocation location, string message, string hint) => Context.Diagnostics.Error(DiagnosticIds.BrokenLink, location, message, hint);

    /// <summary>Shortcode syntax that cannot be read: a warning, an error with <c>--strict</c>, as Liquid's is.</summary>
    public void Syntax(SourceLocation location, string message) =>
        Context.Diagnostics.Add(new Diagnostic(DiagnosticIds.ShortcodeSyntax, Context.Strict ? Severity.Error : Severity.Warning, location, message,
            "Until it is fixed, the broken tag is left out and the rest of the post is shown."));
}
