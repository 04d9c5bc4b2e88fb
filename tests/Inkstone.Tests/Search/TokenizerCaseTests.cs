using System.Text.Json;
using Inkstone.Search;
using Inkstone.Testing;

namespace Inkstone.Tests.Search;

/// <summary>
/// <c>tokenizer-cases.json</c> is shared with <c>tests/search-js/check-tokenizer.js</c>, which runs the
/// same cases through <c>search.js</c> under Node: the two tokenizers must give the same terms and hashes.
/// </summary>
public sealed class TokenizerCaseTests
{
    private static readonly JsonElement Cases =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Inkstone.Tests", "Search", "tokenizer-cases.json"))).RootElement;

    [Fact]
    public void The_shared_cases_give_the_terms_search_js_gives()
    {
        Assert.All(Cases.GetProperty("tokens").EnumerateArray(), c =>
            Assert.Equal(
                c.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!),
                SearchTokenizer.Tokenize(c.GetProperty("input").GetString()!).Distinct()));
    }

    [Fact]
    public void The_shared_cases_give_the_hashes_search_js_gives()
    {
        Assert.All(Cases.GetProperty("hashes").EnumerateArray(), c =>
            Assert.Equal(c.GetProperty("fnv1a").GetUInt32(), SearchShardKey.Fnv1a(c.GetProperty("input").GetString()!)));
    }
}
