using Inkstone.Search;
using Inkstone.Templating;

namespace Inkstone.Building;

/// <summary>
/// Writes the search index into <c>search/</c>, beside the search page PageStage renders there, so the
/// page's script finds its shards at relative URLs whatever the site's base path.
/// </summary>
internal sealed class SearchStage : IBuildStage
{
    public string Name => "search";

    public void Run(BuildContext context)
    {
        if (context.Options.SkipSearch)
        {
            return;
        }

        var zone = context.Config.TimeZone;
        var index = SearchIndexBuilder.Build(context.Posts.Concat(context.Pages), context.Views.Link, d => ViewModelFactory.Date(d, zone));
        context.Search = index;
        Parallel.ForEach(SearchShardWriter.Write(index), file => context.Output.Write("search/" + file.Key, file.Value));
    }
}
