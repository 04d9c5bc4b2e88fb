using BenchmarkDotNet.Attributes;
using Inkstone.Search;

namespace Inkstone.Benchmarks.Search;

/// <summary>
/// Tokenizes one paragraph of the kind the sample blog has (Chinese prose with English terms, identifiers
/// and Chinese punctuation) into a post's term set, the step that dominates the search stage.
/// Run: dotnet run -c Release --project bench/Inkstone.Benchmarks -- --filter '*SearchTokenizerBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class SearchTokenizerBenchmarks
{
    private const string Paragraph =
        "PPO 的目标函数用 clip 把概率比限制在 [1-ε, 1+ε] 之内，这样一次更新不会离旧策略太远。" +
        "与 TRPO 相比，它不需要共轭梯度，也不用算 Fisher 信息矩阵；实现上只要在 PyTorch 里写一个 torch.clamp。" +
        "如果用 heapq 维护 top-k，复杂度是 O(n log k)，比排序的 O(n log n) 更好。Transformer 的注意力（attention）同理。";

    [Benchmark(Description = "Tokenize a mixed paragraph into a term set")]
    public int TokenizeParagraph()
    {
        var fields = new SearchTermFields(new SearchTermTable()) { Field = SearchField.Body };
        SearchTokenizer.Tokenize(Paragraph, fields);
        return fields.TakePostings().Length;
    }

    [Benchmark(Description = "Tokenize a mixed paragraph into a list (the query path)")]
    public int TokenizeToList() => SearchTokenizer.Tokenize(Paragraph).Count;
}
