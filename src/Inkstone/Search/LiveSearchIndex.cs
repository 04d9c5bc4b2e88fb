using System.Runtime.CompilerServices;
using Inkstone.Excerpts;
using Inkstone.Markdown;

namespace Inkstone.Search;

/// <summary>
/// The search index of a live site (<c>SiteSession</c>), kept from one build to the next so that a rebuild
/// after an edit tokenizes only the posts whose indexed inputs changed and makes again only the files those
/// touch; indexing 4,000 posts again took most of a second of each rebuild. It keeps each post's terms and
/// document by the digest of what the index reads of it (<see cref="SearchIndexInputs"/>), the posting lists,
/// and the files as last made. When the posts keep their ids (none added, removed or moved in the order), the
/// changed posts' postings are taken out of their terms' lists and put in again; otherwise the lists are merged
/// again from every post's terms. Either way the files are, byte for byte, those
/// <see cref="SearchShardWriter.Write(SearchIndex, int)"/> makes of <see cref="SearchIndexBuilder.Build"/>.
/// </summary>
/// <remarks>One build at a time: the session never runs two.</remarks>
internal sealed class LiveSearchIndex
{
    /// <summary>Past this many changed posts, merging every list again costs less than patching them one posting at a time.</summary>
    private const int MaxPatchedPosts = 256;

    private readonly SearchTermTable _table = new();

    // The text pieces of a post that did not change are the same list from build to build (the session's decoded renderings).
    private readonly ConditionalWeakTable<IReadOnlyList<TextPiece>, StrongBox<UInt128>> _textDigests = new();

    private Dictionary<UInt128, Contribution> _contributions = [];
    private UInt128[] _digests = [];
    private string?[] _terms = [];
    private List<SearchPosting>?[] _postings = [];

    /// <summary>The term ids of each term shard, in the ordinal order of the terms.</summary>
    private List<int>[] _shards = [];

    private long _estimatedBytes;
    private int _maxShardBytes = SearchShardWriter.MaxShardBytes;
    private SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>What a post gives the index: its terms by id in the table, with their field bits, and its document.</summary>
    private sealed record Contribution((int Term, int Fields)[] Postings, SearchDocument Document);

    /// <summary>The digest of what the index reads of each post (<see cref="SearchIndexInputs.Of"/>), the text of unchanged posts not hashed again.</summary>
    public UInt128[] Digests(IReadOnlyList<RenderedPost> ordered, Func<string, string> link, Func<DateTimeOffset, string> date) =>
        SearchIndexInputs.Of(ordered, link, date, pieces => _textDigests.GetValue(pieces, p => new StrongBox<UInt128>(SearchIndexInputs.TextDigest(p))).Value);

    /// <summary>The index's files, by name in <c>search/</c>, for <paramref name="ordered"/> (<see cref="SearchIndexBuilder.Order"/>) with their <paramref name="digests"/>.</summary>
    /// <param name="maxShardBytes">Past this size a term shard is written in parts (<see cref="SearchShardWriter.TermFiles"/>).</param>
    public IReadOnlyDictionary<string, byte[]> Files(
        IReadOnlyList<RenderedPost> ordered, UInt128[] digests, Func<string, string> link, Func<DateTimeOffset, string> date, int maxShardBytes = SearchShardWriter.MaxShardBytes)
    {
        _maxShardBytes = maxShardBytes;
        var contributions = Contributions(ordered, digests, link, date);
        var changed = Enumerable.Range(0, digests.Length).Where(id => id >= _digests.Length || digests[id] != _digests[id]).ToList();
        if (_digests.Length == 0 || digests.Length != _digests.Length || changed.Count > MaxPatchedPosts)
        {
            MergeAll(contributions);
        }
        else
        {
            Patch(changed, contributions);
        }

        _digests = digests;

        // Not ToDictionary: two posts at one URL (an error, reported, yet the build goes on) read the same.
        _contributions = new Dictionary<UInt128, Contribution>(digests.Length);
        for (var id = 0; id < digests.Length; id++)
        {
            _contributions[digests[id]] = contributions[id];
        }

        return _files;
    }

    /// <summary>Each post's contribution, read only for posts whose digest is new.</summary>
    private Contribution[] Contributions(IReadOnlyList<RenderedPost> ordered, UInt128[] digests, Func<string, string> link, Func<DateTimeOffset, string> date)
    {
        var contributions = new Contribution[ordered.Count];
        var missing = new List<int>();
        for (var id = 0; id < ordered.Count; id++)
        {
            if (_contributions.TryGetValue(digests[id], out var known))
            {
                contributions[id] = known;
            }
            else
            {
                missing.Add(id);
            }
        }

        var read = SearchIndexBuilder.ReadAll(missing.Select(id => ordered[id]).ToList(), [.. missing], _table, link, date);
        for (var i = 0; i < missing.Count; i++)
        {
            contributions[missing[i]] = new Contribution(read[i].Postings, read[i].Document);
        }

        if (_table.Capacity > _terms.Length)
        {
            _terms = _table.TermsById();
        }

        return contributions;
    }

    /// <summary>Makes every list and file again from every post's terms.</summary>
    private void MergeAll(Contribution[] contributions)
    {
        _postings = SearchIndexBuilder.Merge(contributions.Select(c => c.Postings).ToList(), _terms.Length);
        _estimatedBytes = 0;
        for (var term = 0; term < _postings.Length; term++)
        {
            if (_postings[term] is { } list)
            {
                _estimatedBytes += SearchShardWriter.TermBytes(_terms[term]!) + (list.Count * SearchShardWriter.PostingBytes);
            }
        }

        _files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [SearchShardWriter.MetaFile] = SearchShardWriter.Meta(contributions.Length, SearchShardWriter.ShardCount(_estimatedBytes)),
        };
        var documents = Enumerable.Range(0, contributions.Length).Select(id => Document(contributions, id)).Chunk(SearchShardWriter.DocsPerShard).ToList();
        var written = new byte[documents.Count][];
        Parallel.For(0, documents.Count, k => written[k] = SearchShardWriter.Documents(documents[k]));
        for (var k = 0; k < written.Length; k++)
        {
            _files[SearchShardWriter.DocumentsFile(k)] = written[k];
        }

        ShardAllTerms();
    }

    /// <summary>Puts every term in its shard for the shard count the postings now call for, and writes every term shard.</summary>
    private void ShardAllTerms()
    {
        var count = SearchShardWriter.ShardCount(_estimatedBytes);
        _shards = new List<int>[count];
        for (var k = 0; k < count; k++)
        {
            _shards[k] = [];
        }

        for (var term = 0; term < _postings.Length; term++)
        {
            if (_postings[term] is not null)
            {
                _shards[SearchShardKey.ShardOf(_terms[term]!, count)].Add(term);
            }
        }

        foreach (var name in _files.Keys.Where(n => n.StartsWith("terms-", StringComparison.Ordinal)).ToList())
        {
            _files.Remove(name);
        }

        Parallel.For(0, count, k => _shards[k].Sort(CompareTerms));
        WriteTermShards(Enumerable.Range(0, count));
    }

    /// <summary>Takes the postings of the changed posts out of the lists and puts their new ones in; rewrites only the files that changed.</summary>
    private void Patch(List<int> changed, Contribution[] contributions)
    {
        var shardCount = _shards.Length;
        var touchedShards = new HashSet<int>();
        foreach (var id in changed)
        {
            var before = _contributions[_digests[id]].Postings.ToDictionary(p => p.Term, p => p.Fields);
            foreach (var (term, fields) in contributions[id].Postings)
            {
                if (before.Remove(term, out var old) && old == fields)
                {
                    continue;
                }

                Put(term, id, fields);
                touchedShards.Add(SearchShardKey.ShardOf(_terms[term]!, shardCount));
            }

            foreach (var term in before.Keys)
            {
                Remove(term, id);
                touchedShards.Add(SearchShardKey.ShardOf(_terms[term]!, shardCount));
            }
        }

        foreach (var k in changed.Select(id => id / SearchShardWriter.DocsPerShard).Distinct())
        {
            var chunk = Enumerable.Range(k * SearchShardWriter.DocsPerShard, System.Math.Min(SearchShardWriter.DocsPerShard, contributions.Length - (k * SearchShardWriter.DocsPerShard)))
                .Select(id => Document(contributions, id)).ToArray();
            _files[SearchShardWriter.DocumentsFile(k)] = SearchShardWriter.Documents(chunk);
        }

        if (SearchShardWriter.ShardCount(_estimatedBytes) != shardCount)
        {
            _files[SearchShardWriter.MetaFile] = SearchShardWriter.Meta(contributions.Length, SearchShardWriter.ShardCount(_estimatedBytes));
            ShardAllTerms();
            return;
        }

        WriteTermShards(touchedShards);
    }

    /// <summary>Gives document <paramref name="id"/> the term with these field bits, in its place in the list.</summary>
    private void Put(int term, int id, int fields)
    {
        if (term >= _postings.Length)
        {
            Array.Resize(ref _postings, _terms.Length);
        }

        var list = _postings[term];
        if (list is null)
        {
            _postings[term] = list = [];
            _estimatedBytes += SearchShardWriter.TermBytes(_terms[term]!);
            var shard = _shards[SearchShardKey.ShardOf(_terms[term]!, _shards.Length)];
            shard.Insert(~shard.BinarySearch(term, Comparer<int>.Create(CompareTerms)), term);
        }

        var at = list.BinarySearch(new SearchPosting(id, 0), ByDocument);
        if (at >= 0)
        {
            list[at] = new SearchPosting(id, fields);
            return;
        }

        list.Insert(~at, new SearchPosting(id, fields));
        _estimatedBytes += SearchShardWriter.PostingBytes;
    }

    private void Remove(int term, int id)
    {
        var list = _postings[term]!;
        list.RemoveAt(list.BinarySearch(new SearchPosting(id, 0), ByDocument));
        _estimatedBytes -= SearchShardWriter.PostingBytes;
        if (list.Count == 0)
        {
            _postings[term] = null;
            _estimatedBytes -= SearchShardWriter.TermBytes(_terms[term]!);
            var shard = _shards[SearchShardKey.ShardOf(_terms[term]!, _shards.Length)];
            shard.RemoveAt(shard.BinarySearch(term, Comparer<int>.Create(CompareTerms)));
        }
    }

    /// <summary>Writes the given term shards, each as one file or in parts; one left without terms is no file, as in a full build.</summary>
    private void WriteTermShards(IEnumerable<int> shards)
    {
        var chosen = shards.ToList();
        var written = new List<(string Name, byte[] Bytes)>[chosen.Count];
        Parallel.For(0, chosen.Count, i =>
        {
            var terms = _shards[chosen[i]];
            written[i] = terms.Count == 0 ? [] : SearchShardWriter.TermFiles(chosen[i], terms.Select(t => new KeyValuePair<string, List<SearchPosting>>(_terms[t]!, _postings[t]!)).ToList(), _maxShardBytes);
        });
        var parted = chosen.Where(k => _files.ContainsKey(SearchShardWriter.TermsPartFile(k, 1))).Select(SearchShardWriter.TermsPartPrefix).ToList();
        if (parted.Count > 0)
        {
            // The shard's parts as last cut: a shard that shrank may now be one file, or fewer parts.
            foreach (var name in _files.Keys.Where(n => parted.Any(p => n.StartsWith(p, StringComparison.Ordinal))).ToList())
            {
                _files.Remove(name);
            }
        }

        for (var i = 0; i < chosen.Count; i++)
        {
            _files.Remove(SearchShardWriter.TermsFile(chosen[i]));
            foreach (var (name, bytes) in written[i])
            {
                _files[name] = bytes;
            }
        }
    }

    private static SearchDocument Document(Contribution[] contributions, int id) =>
        contributions[id].Document.Id == id ? contributions[id].Document : contributions[id].Document with { Id = id };

    private int CompareTerms(int a, int b) => string.CompareOrdinal(_terms[a], _terms[b]);

    private static readonly Comparer<SearchPosting> ByDocument = Comparer<SearchPosting>.Create((a, b) => a.Doc.CompareTo(b.Doc));
}
