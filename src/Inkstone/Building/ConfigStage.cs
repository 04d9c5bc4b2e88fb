using Inkstone.Configuration;
using Inkstone.Templating;

namespace Inkstone.Building;

/// <summary>Reads <c>inkstone.yml</c> and applies command-line overrides.</summary>
internal sealed class ConfigStage : IBuildStage
{
    public string Name => "config";

    public void Run(BuildContext context)
    {
        var config = SiteConfigLoader.Load(context.Files, context.Diagnostics);
        if (context.Options.BaseUrl is { } baseUrl && Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri))
        {
            config = config with { BaseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" };
        }

        context.Config = config;
        if (config.FollowLinks)
        {
            context.Files = context.Files.FollowingLinksOutOfTheSite();
        }

        context.Theme = new ThemeFiles(context.Files);
        context.Templates = new TemplateRenderer(context.Theme, config, context.Diagnostics);
        context.Stopped = !SiteConfigLoader.Exists(context.Files);
    }
}
