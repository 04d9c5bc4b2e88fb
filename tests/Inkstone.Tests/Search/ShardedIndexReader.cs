using System.Text.Json;
using Inkstone.Search;

namespace Inkstone.Tests.Search;

/// <summary>
/// Answers a query from the written shards the way <c>search.js</c> does (same shard choice, parts of a cut
/// shard, prefix expansion, intersection, scoring and CJK check), recording which files it had to read.
/// </summary>
internal sealed class ShardedIndexReader(Func<string, byte[]?> readFile)
{
    private readonly Dictionary<string, JsonElement> _loaded = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> FilesRead => _loaded.Keys;

    public long BytesRead { get; private set; }

    /// <summary>The titles of the results, best first.</summary>
    public IReadOnlyList<string> Search(string query, int limit = 20)
    {
        var terms = SearchTokenizer.Tokenize(query).Distinct().ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var meta = Load("meta.json")!.Value;
        var shardCount = meta.GetProperty("termShards").GetInt32();
        var docsPerShard = meta.GetProperty("docsPerShard").GetInt32();
        Dictionary<int, int>? scores = null;
        var exactWeights = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var prefix = !SearchTokenizer.IsCjkTerm(term) && term.EnumerateRunes().Count() >= 2;
            var best = new Dictionary<int, int>();
            exactWeights[term] = [];
            foreach (var entry in TermShards(term, SearchShardKey.ShardOf(term, shardCount), prefix).SelectMany(s => s.EnumerateObject()))
            {
                var exact = entry.Name == term;
                if (!exact && !(prefix && entry.Name.StartsWith(term, StringComparison.Ordinal)))
                {
                    continue;
                }

                var numbers = entry.Value.EnumerateArray().Select(n => n.GetInt32()).ToArray();
                for (int i = 0, id = 0; i < numbers.Length; i += 2)
                {
                    id += numbers[i];
                    var score = SearchRanking.TermScore(numbers[i + 1], exact);
                    if (exact)
                    {
                        exactWeights[term][id] = numbers[i + 1];
                    }

                    best[id] = System.Math.Max(best.GetValueOrDefault(id), score);
                }
            }

            scores = scores is null ? best : scores.Where(p => best.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value + best[p.Key]);
        }

        var cjkRuns = CjkRuns(query);
        var results = new List<(int Doc, int Score, string Title)>();
        foreach (var (doc, score) in SearchRanking.Order(scores!.Select(p => (p.Key, p.Value))).Take(limit * 4))
        {
            var document = Load($"docs-{doc / docsPerShard}.json")!.Value[doc % docsPerShard];
            var title = document.GetProperty("title").GetString()!;
            var hay = SearchTokenizer.Fold(title + " " + document.GetProperty("text").GetString());
            var verified = document.GetProperty("truncated").GetBoolean() || cjkRuns.All(run =>
                hay.Contains(SearchTokenizer.Fold(run), StringComparison.Ordinal)
                || SearchTokenizer.Tokenize(run).All(b => (exactWeights[b].GetValueOrDefault(doc) & (int)SearchField.Taxonomy) != 0));
            if (verified)
            {
                results.Add((doc, score + SearchRanking.TitleBonus(title, query), title));
            }
        }

        return SearchRanking.Order(results.Select(r => (r.Doc, r.Score))).Take(limit).Select(r => results.First(x => x.Doc == r.Doc).Title).ToList();
    }

    /// <summary>The term's shard, or the parts of it that can hold the term when it was cut for its size (a list of each part's first term).</summary>
    private List<JsonElement> TermShards(string term, int shard, bool prefix)
    {
        if (Load($"terms-{shard}.json") is not { } loaded)
        {
            return [];
        }

        if (loaded.ValueKind != JsonValueKind.Array)
        {
            return [loaded];
        }

        var firsts = loaded.EnumerateArray().Select(f => f.GetString()!).ToList();
        var parts = new List<JsonElement>();
        for (var j = 0; j < firsts.Count; j++)
        {
            var mayStartBefore = string.CompareOrdinal(firsts[j], term) <= 0 || (prefix && firsts[j].StartsWith(term, StringComparison.Ordinal));
            var mayEndAfter = j + 1 == firsts.Count || string.CompareOrdinal(firsts[j + 1], term) >= 0;
            if (mayStartBefore && mayEndAfter && Load($"terms-{shard}-{j + 1}.json") is { } part)
            {
                parts.Add(part);
            }
        }

        return parts;
    }

    private static List<string> CjkRuns(string query)
    {
        var runs = new List<string>();
        var run = new System.Text.StringBuilder();
        foreach (var rune in query.Normalize(System.Text.NormalizationForm.FormKC).EnumerateRunes())
        {
            if (SearchTokenizer.IsCjk(rune.Value))
            {
                run.Append(rune.ToString());
                continue;
            }

            Flush();
        }

        Flush();
        return runs;

        void Flush()
        {
            if (run.ToString().EnumerateRunes().Count() > 1)
            {
                runs.Add(run.ToString());
            }

            run.Clear();
        }
    }

    private JsonElement? Load(string name)
    {
        if (_loaded.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var bytes = readFile(name);
        if (bytes is null)
        {
            return null;
        }

        BytesRead += bytes.Length;
        var element = JsonDocument.Parse(bytes).RootElement.Clone();
        _loaded[name] = element;
        return element;
    }
}
