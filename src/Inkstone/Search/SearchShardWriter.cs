using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Inkstone.Search;

/// <summary>
/// Cuts a <see cref="SearchIndex"/> into the JSON files the browser fetches, so that a query reads only
/// the shards of its own terms and the documents it shows:
/// <list type="bullet">
/// <item><c>meta.json</c>: <c>{"version":1,"docs":N,"docsPerShard":4,"termShards":S,"fields":{...}}</c>.</item>
/// <item><c>docs-K.json</c>: documents 4K to 4K+3 as <c>{"id","title","url","category","date","text","truncated"}</c>.</item>
/// <item><c>terms-K.json</c>: <c>{"term":[id, weight, id gap, weight, ...]}</c>, the posting list flattened with
/// each id after the first written as the gap from the one before (smaller numbers, fewer bytes).
/// K = <see cref="SearchShardKey.ShardOf"/>.</item>
/// <item>A term shard over <see cref="MaxShardBytes"/> (a common word's list on a site of tens of thousands of
/// posts) is cut into parts <c>terms-K-1.json</c>, <c>terms-K-2.json</c>, ..., each a term shard as above, and
/// <c>terms-K.json</c> is then an array of each part's first term, <c>["a","hx","rt"]</c>, so a query reads only the
/// parts that can hold its term (<see cref="SearchShardCutter"/>).</item>
/// </list>
/// </summary>
internal static class SearchShardWriter
{
    public const int Version = 1;

    public const int DocsPerShard = 4;

    /// <summary>The size a term shard aims at; the shard count grows in powers of two to keep under it on average.</summary>
    public const int TargetShardBytes = 32 * 1024;

    public const int MaxTermShards = 4096;

    /// <summary>
    /// The most a term shard file may weigh before it is cut into parts: the shard count keeps the median near
    /// <see cref="TargetShardBytes"/>, but one common term's list grows with the site (1.35 MB at 50,000 posts).
    /// </summary>
    public const int MaxShardBytes = 256 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        // Chinese stays as written: half the bytes of \uXXXX escapes, and the files are fetched as data, never inlined in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The files, by name relative to the <c>search/</c> folder, in ordinal order.</summary>
    public static SortedDictionary<string, byte[]> Write(SearchIndex index, int maxShardBytes = MaxShardBytes)
    {
        var shardCount = ShardCount(index);
        var jobs = new List<(string Name, Action<Utf8JsonWriter> Write)> { (MetaFile, w => WriteMeta(w, index, shardCount)) };
        foreach (var chunk in index.Documents.Chunk(DocsPerShard))
        {
            jobs.Add((DocumentsFile(chunk[0].Id / DocsPerShard), w => WriteDocuments(w, chunk)));
        }

        // Terms arrive in ordinal order and keep it within each shard.
        var shards = new List<KeyValuePair<string, List<SearchPosting>>>?[shardCount];
        foreach (var entry in index.Postings)
        {
            (shards[SearchShardKey.ShardOf(entry.Key, shardCount)] ??= []).Add(entry);
        }

        // Twenty megabytes of JSON for a large blog; the files are independent.
        var bytes = new byte[jobs.Count][];
        Parallel.For(0, jobs.Count, i => bytes[i] = Json(jobs[i].Write));
        var terms = new List<(string Name, byte[] Bytes)>[shardCount];
        Parallel.For(0, shardCount, k => terms[k] = shards[k] is { } shard ? TermFiles(k, shard, maxShardBytes) : []);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < jobs.Count; i++)
        {
            files[jobs[i].Name] = bytes[i];
        }

        foreach (var (name, shardBytes) in terms.SelectMany(t => t))
        {
            files[name] = shardBytes;
        }

        return files;
    }

    /// <summary>
    /// The files of term shard <paramref name="shard"/>: <c>terms-K.json</c> alone, or, when it would weigh more than
    /// <paramref name="maxShardBytes"/>, the list of its parts' first terms and the parts.
    /// </summary>
    public static List<(string Name, byte[] Bytes)> TermFiles(int shard, List<KeyValuePair<string, List<SearchPosting>>> terms, int maxShardBytes)
    {
        var whole = Terms(terms);
        if (whole.Length <= maxShardBytes)
        {
            return [(TermsFile(shard), whole)];
        }

        var parts = SearchShardCutter.Cut(terms, maxShardBytes, Options.Encoder!);
        var files = new List<(string Name, byte[] Bytes)>(parts.Count + 1)
        {
            (TermsFile(shard), Json(w =>
            {
                w.WriteStartArray();
                foreach (var part in parts)
                {
                    w.WriteStringValue(part[0].Key);
                }

                w.WriteEndArray();
            })),
        };
        for (var p = 0; p < parts.Count; p++)
        {
            files.Add((TermsPartFile(shard, p + 1), Terms(parts[p])));
        }

        return files;
    }

    public const string MetaFile = "meta.json";

    public static string DocumentsFile(int shard) => $"docs-{shard}.json";

    public static string TermsFile(int shard) => $"terms-{shard}.json";

    /// <summary>Part <paramref name="part"/> (from 1) of a term shard cut for its size.</summary>
    public static string TermsPartFile(int shard, int part) => $"terms-{shard}-{part}.json";

    /// <summary>What every part file of term shard <paramref name="shard"/> begins with.</summary>
    public static string TermsPartPrefix(int shard) => $"terms-{shard}-";

    /// <summary><c>meta.json</c> of an index of <paramref name="documents"/> documents and <paramref name="shardCount"/> term shards.</summary>
    public static byte[] Meta(int documents, int shardCount) => Json(w => WriteMeta(w, documents, shardCount));

    /// <summary>A document shard: up to <see cref="DocsPerShard"/> documents in id order.</summary>
    public static byte[] Documents(SearchDocument[] chunk) => Json(w => WriteDocuments(w, chunk));

    /// <summary>A term shard: its terms in ordinal order, each with its postings in id order.</summary>
    public static byte[] Terms(List<KeyValuePair<string, List<SearchPosting>>> shard) => Json(w => WriteTerms(w, shard));

    private static void WriteMeta(Utf8JsonWriter w, SearchIndex index, int shardCount) => WriteMeta(w, index.Documents.Count, shardCount);

    private static void WriteMeta(Utf8JsonWriter w, int documents, int shardCount)
    {
        w.WriteStartObject();
        w.WriteNumber("version", Version);
        w.WriteNumber("docs", documents);
        w.WriteNumber("docsPerShard", DocsPerShard);
        w.WriteNumber("termShards", shardCount);
        w.WriteStartObject("fields");
        foreach (var field in Enum.GetValues<SearchField>().Where(f => f != SearchField.None))
        {
            w.WriteNumber(field.ToString(), (int)field);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteDocuments(Utf8JsonWriter w, SearchDocument[] chunk)
    {
        w.WriteStartArray();
        foreach (var doc in chunk)
        {
            w.WriteStartObject();
            w.WriteNumber("id", doc.Id);
            w.WriteString("title", doc.Title);
            w.WriteString("url", doc.Url);
            w.WriteString("category", doc.Category);
            w.WriteString("date", doc.Date);
            w.WriteString("text", doc.Text);
            w.WriteBoolean("truncated", doc.Truncated);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteTerms(Utf8JsonWriter w, List<KeyValuePair<string, List<SearchPosting>>> shard)
    {
        w.WriteStartObject();
        foreach (var (term, postings) in shard)
        {
            w.WriteStartArray(term);
            var previous = 0;
            foreach (var posting in postings)
            {
                w.WriteNumberValue(posting.Doc - previous);
                w.WriteNumberValue(posting.Weight);
                previous = posting.Doc;
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// The smallest power of two that brings the estimated postings size per shard under
    /// <see cref="TargetShardBytes"/>: one shard for a small blog, a few hundred for thousands of posts.
    /// </summary>
    public static int ShardCount(SearchIndex index)
    {
        long bytes = 0;
        foreach (var (term, postings) in index.Postings)
        {
            bytes += TermBytes(term) + (postings.Count * PostingBytes);
        }

        return ShardCount(bytes);
    }

    /// <summary>What a term adds to the estimated size of the postings, besides <see cref="PostingBytes"/> for each of its postings.</summary>
    public static long TermBytes(string term) => Encoding.UTF8.GetByteCount(term) + 6;

    public const long PostingBytes = 5;

    /// <summary>The shard count for postings estimated at <paramref name="bytes"/> (<see cref="TermBytes"/>, <see cref="PostingBytes"/>).</summary>
    public static int ShardCount(long bytes)
    {
        var count = 1;
        while (count < MaxTermShards && bytes / count > TargetShardBytes)
        {
            count *= 2;
        }

        return count;
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return stream.ToArray();
    }
}
