using Inkstone.Search;

namespace Inkstone.Tests.Search;

public sealed class SearchTermFieldsTests
{
    private static Dictionary<string, int> Collect(SearchTermFields fields, SearchTermTable table)
    {
        var postings = fields.TakePostings();
        var terms = table.TermsById();
        return postings.ToDictionary(p => terms[p.Term]!, p => p.Fields, StringComparer.Ordinal);
    }

    [Fact]
    public void A_term_found_in_two_fields_carries_both_bits()
    {
        var table = new SearchTermTable();
        var fields = new SearchTermFields(table) { Field = SearchField.Title };
        SearchTokenizer.Tokenize("背包 heapq", fields);
        fields.Field = SearchField.Body;
        SearchTokenizer.Tokenize("背包问题 heapq", fields);

        var postings = Collect(fields, table);
        Assert.Equal((int)(SearchField.Title | SearchField.Body), postings["背包"]);
        Assert.Equal((int)(SearchField.Title | SearchField.Body), postings["heapq"]);
        Assert.Equal((int)SearchField.Body, postings["问题"]);
    }

    [Fact]
    public void One_and_two_character_terms_never_share_a_key()
    {
        var table = new SearchTermTable();
        var fields = new SearchTermFields(table) { Field = SearchField.Body };
        SearchTokenizer.Tokenize("a b ab ba 背 包 背包", fields);

        Assert.Equal(["a", "ab", "b", "ba", "包", "背", "背包"], Collect(fields, table).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_post_starts_empty_and_collectors_on_other_threads_agree_on_ids()
    {
        var table = new SearchTermTable();
        var first = new SearchTermFields(table) { Field = SearchField.Body };
        var second = new SearchTermFields(table) { Field = SearchField.Title };
        SearchTokenizer.Tokenize("transformer 注意力", first);
        var firstPost = first.TakePostings();
        SearchTokenizer.Tokenize("PPO", first);
        SearchTokenizer.Tokenize("注意力 transformer", second);

        var secondPost = first.TakePostings();
        Assert.Equal(["ppo"], secondPost.Select(p => table.TermsById()[p.Term]));
        Assert.Equal(firstPost.Select(p => p.Term).Order(), second.TakePostings().Select(p => p.Term).Order());
    }
}
