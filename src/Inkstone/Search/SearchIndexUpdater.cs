using Inkstone.Markdown;

namespace Inkstone.Search;

/// <summary>
/// Brings an index up to date after one post was rendered again with the same metadata (so the same
/// document id): its document and the posting lists of the terms it gained, lost or found in other
/// fields. Only the shards holding those change, which keeps a save in the preview server fast.
/// </summary>
internal static class SearchIndexUpdater
{
    private static readonly Comparer<KeyValuePair<string, List<SearchPosting>>> ByTerm =
        Comparer<KeyValuePair<string, List<SearchPosting>>>.Create((a, b) => string.CompareOrdinal(a.Key, b.Key));

    /// <returns>The new index and the files to write (every file when the shard count changes), or null when the post is not in the index.</returns>
    public static (SearchIndex Index, SortedDictionary<string, byte[]> Files)? Replace(
        SearchIndex index, RenderedPost old, RenderedPost fresh, Func<string, string> link, Func<DateTimeOffset, string> date)
    {
        var url = link(old.Post.Url);
        if (index.Documents.FirstOrDefault(d => d.Url == url) is not { Id: var id })
        {
            return null;
        }

        var (before, _) = SearchIndexBuilder.ReadOne(id, old, link, date);
        var (after, document) = SearchIndexBuilder.ReadOne(id, fresh, link, date);
        var postings = index.Postings.ToList();
        var changed = new List<string>();
        foreach (var term in before.Keys.Union(after.Keys))
        {
            var weight = after.GetValueOrDefault(term);
            if (before.GetValueOrDefault(term) != weight)
            {
                changed.Add(term);
                Update(postings, term, id, weight);
            }
        }

        var documents = index.Documents.ToList();
        documents[id] = document;
        var updated = new SearchIndex(documents, postings);
        var shardCount = SearchShardWriter.ShardCount(index);
        if (SearchShardWriter.ShardCount(updated) != shardCount)
        {
            return (updated, SearchShardWriter.Write(updated));
        }

        var shards = changed.Select(t => SearchShardKey.ShardOf(t, shardCount)).ToHashSet();
        return (updated, SearchShardWriter.WriteChanged(updated, shardCount, shards, id / SearchShardWriter.DocsPerShard));
    }

    /// <summary>Sets the posting of <paramref name="doc"/> in <paramref name="term"/>'s list (weight 0 removes it), keeping both orders.</summary>
    private static void Update(List<KeyValuePair<string, List<SearchPosting>>> postings, string term, int doc, int weight)
    {
        var at = postings.BinarySearch(new(term, []), ByTerm);
        if (at < 0)
        {
            postings.Insert(~at, new(term, [new SearchPosting(doc, weight)]));
            return;
        }

        // A copy: the list may still belong to the index of the last build.
        var list = postings[at].Value.Where(p => p.Doc != doc).ToList();
        if (weight != 0)
        {
            var position = list.FindIndex(p => p.Doc > doc);
            list.Insert(position < 0 ? list.Count : position, new SearchPosting(doc, weight));
        }

        if (list.Count == 0)
        {
            postings.RemoveAt(at);
        }
        else
        {
            postings[at] = new(term, list);
        }
    }
}
