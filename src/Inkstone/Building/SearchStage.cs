using Inkstone.Search;
using Inkstone.Templating;

namespace Inkstone.Building;

/// <summary>
/// Writes the search index into <c>search/</c>, beside the search page PageStage renders there, so the
/// page's script finds its shards at relative URLs whatever the site's base path. When the index's
/// inputs are those of the published shards, they are kept without indexing (<see cref="SearchIndexInputs"/>);
/// a live site indexes again only the posts that changed (<see cref="LiveSearchIndex"/>).
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

        var zone = context.Site.Config.TimeZone;
        Func<string, string> link = context.Lists.Views.Link;
        // Each language's search page searches its own posts: a translation's index is in its folder (/en/search/).
        var languages = context.Lists.Languages;
        bool Main(Markdown.RenderedPost p) => !languages.Any(l => l.Tree.Holds(p.Post));
        var posts = SearchIndexBuilder.Order(context.Rendered.Posts.Concat(context.Rendered.Pages).Where(p => languages.Count == 0 || Main(p)));
        foreach (var language in languages)
        {
            var own = SearchIndexBuilder.Order(language.Posts.Concat(context.Rendered.Pages.Where(p => language.Tree.Holds(p.Post))));
            var shards = SearchShardWriter.Write(SearchIndexBuilder.Build(own, link, d => ViewModelFactory.Date(d, zone)), context.Options.SearchShardBytes ?? SearchShardWriter.MaxShardBytes);
            Parallel.ForEach(shards, file => context.Output.Write($"{language.Tree.Prefix.Trim('/')}/{Folder}/{file.Key}", file.Value));
        }

        Func<DateTimeOffset, string> date = d => ViewModelFactory.Date(d, zone);
        var live = context.Caches.Search;
        UInt128[]? digests = null;
        UInt128? inputs = null;
        if (context.Output.NotesInputs || live is not null)
        {
            digests = live?.Digests(posts, link, date) ?? SearchIndexInputs.Of(posts, link, date);
            inputs = SearchIndexInputs.Combine(context.Cache.Settings, digests);
            if (context.Output.NotesInputs && context.Output.TryKeepFolder(Folder, inputs.Value))
            {
                return;
            }
        }

        var maxShardBytes = context.Options.SearchShardBytes ?? SearchShardWriter.MaxShardBytes;
        var files = live is not null
            ? live.Files(posts, digests!, link, date, maxShardBytes)
            : SearchShardWriter.Write(SearchIndexBuilder.Build(posts, link, date), maxShardBytes);
        Parallel.ForEach(files, file => context.Output.Write($"{Folder}/{file.Key}", file.Value, context.Output.NotesInputs ? inputs : null));
    }
}
