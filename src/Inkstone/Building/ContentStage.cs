using Inkstone.Content;

namespace Inkstone.Building;

/// <summary>Reads every post and page with its front matter.</summary>
internal sealed class ContentStage : IBuildStage
{
    public string Name => "content";

    public void Run(BuildContext context) =>
        context.Content = ContentLoader.Load(context.Files, context.Config, context.Layout, new ContentSelection(context.Options.IncludeDrafts, context.Options.IncludeFuture, context.Now), context.Diagnostics, context.Caches.Readings);
}
