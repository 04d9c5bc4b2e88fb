using Inkstone.Search;
using Inkstone.Templating;

namespace Inkstone.Building;

/// <summary>
/// Writes the search index into <c>search/</c>, beside the search page PageStage renders there, so the
/// page's script finds its shards at relative URLs whatever the site's base path. When the index's
/// inputs are those of the published shards, they are kept without indexing (<see cref="SearchIndexInputs"/>).
/// </summary>
internal sealed class SearchStage : IBuildStage
{
    private const string Folder = "search";

    public string Name => "search";

    public void Run(BuildContext context)
    {
        if (context.Options.SkipSearch)
        {
            return;
        }

        var zone = context.Config.TimeZone;
        var posts = context.Posts.Concat(context.Pages);
        Func<DateTimeOffset, string> date = d => ViewModelFactory.Date(d, zone);
        UInt128? inputs = null;
        if (context.Output.NotesInputs)
        {
            inputs = SearchIndexInputs.Digest(posts, context.CacheSettings, context.Views.Link, date);
            if (context.Output.TryKeepFolder(Folder, inputs.Value))
            {
                return;
            }
        }

        var index = SearchIndexBuilder.Build(posts, context.Views.Link, date);
        Parallel.ForEach(SearchShardWriter.Write(index), file => context.Output.Write($"{Folder}/{file.Key}", file.Value, inputs));
    }
}
