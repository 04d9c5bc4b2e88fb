using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// One render of one post's template: the post, what rendering may consult, the blocks tags asked for, and the
/// pieces of the template being rendered (an include's while it renders). Fluid's placeholders find it in the
/// render's <see cref="TemplateContext"/>, so nothing about a render is shared between threads.
/// </summary>
internal sealed class TemplateRun(Post post, PostRenderContext context, LiquidSite site, IReadOnlyList<TemplatePiece> pieces)
{
    private const string Key = "inkstone.run";
    private const int IncludeDepthLimit = 10;
    private int _includeDepth;
    private TagCall? _outermostInclude;

    public Post Post { get; } = post;

    public PostRenderContext Context { get; } = context;

    public LiquidSite Site { get; } = site;

    public TagBlocks Blocks { get; } = new();

    public IReadOnlyList<TemplatePiece> Pieces { get; private set; } = pieces;

    /// <summary>Whether words a tag writes (a card's label) are English: the post's own language, else the site's.</summary>
    public bool English => Post.Lang is { } lang ? lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) : Context.Config.Language == Configuration.SiteLanguage.English;

    /// <summary>The base path every link of the site starts with ("/" or "/blog/").</summary>
    public string BasePath => Context.Config.BasePath;

    public static TemplateRun Of(TemplateContext context) => (TemplateRun)context.AmbientValues[Key];

    public void Attach(TemplateContext context) => context.AmbientValues[Key] = this;

    public string Render(TemplatePiece piece, string? body) => piece.Handler!.Render(piece.Call!, body, this);

    public void Warning(string id, SourceLocation location, string message, string? hint = null) => Context.Diagnostics.Warning(id, location, message, hint);

    /// <summary>A link or asset a tag names that the site does not have: a broken link, reported as the build's policy says.</summary>
    public void BrokenLink(SourceLocation location, string message, string hint) => Context.Diagnostics.Error(DiagnosticIds.BrokenLink, location, message, hint);

    /// <summary>Whether a site file exists, noted for the build cache.</summary>
    public bool Exists(string path)
    {
        var exists = Site.Files.FileExists(path);
        Context.Dependencies?.FileExists(path, exists);
        return exists;
    }

    /// <summary>Renders a Jekyll include in place, with its parameters as <c>include.*</c>; one that cannot be rendered is reported and shows nothing.</summary>
    public async ValueTask Include(TagCall call, string name, Dictionary<string, FluidValue> parameters, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var folder = call.Name == "include_relative" ? SitePath.Directory(Post.SourcePath) : "_includes";
        var path = string.Join('/', new[] { folder, name.Trim() }.Where(p => p.Length > 0));
        var include = path.Split('/').Contains("..") ? new IncludeTemplate(null, "it climbs out of its folder") : Site.Include(path);
        if (Site.Files.FileExists(path))
        {
            Context.Dependencies?.FileStamp(path, Site.Files.FileStamp(path));
        }
        else
        {
            Context.Dependencies?.FileExists(path, false);
        }

        // An include inside an include is reported at the include the post itself wrote, where the writer can act.
        var place = _includeDepth == 0 ? call : _outermostInclude ?? call;
        if (include.Template is null || _includeDepth >= IncludeDepthLimit)
        {
            Warning(DiagnosticIds.IncludeNotRendered, place.Location,
                $"The include '{name}' is not shown: {include.Problem ?? "it includes itself"}.",
                "Write what it produced in the post, or use only Liquid's own tags and Jekyll's filters in it.");
            return;
        }

        var outer = Pieces;
        Pieces = include.Template.Pieces;
        _outermostInclude = place;
        _includeDepth++;
        context.EnterChildScope();
        try
        {
            context.SetValue("include", new DictionaryValue(new FluidValueDictionaryFluidIndexable(parameters)));
            await include.Template.Template.RenderAsync(writer, encoder, context);
        }
        finally
        {
            context.ReleaseScope();
            _includeDepth--;
            Pieces = outer;
        }
    }
}
