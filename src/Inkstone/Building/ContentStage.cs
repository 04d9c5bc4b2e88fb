using Inkstone.Content;

namespace Inkstone.Building;

/// <summary>Reads every post and page with its front matter.</summary>
internal sealed class ContentStage : IBuildStage
{
    public string Name => "content";

    public void Run(BuildContext context)
    {
        var site = context.Site;
        var selection = new ContentSelection(context.Options.IncludeDrafts, context.Options.IncludeFuture, context.Now);
        var words = Templating.UiStrings.Words(site.Theme, site.Config.LanguageTag);
        context.Set(ContentLoader.Load(site.Files, site.Config, site.Layout, selection, words, context.Diagnostics, context.Caches.Readings));
    }
}
