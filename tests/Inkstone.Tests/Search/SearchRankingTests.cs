using Inkstone.Search;

namespace Inkstone.Tests.Search;

public sealed class SearchRankingTests
{
    [Fact]
    public void One_title_hit_outweighs_a_term_found_in_every_other_field()
    {
        var everythingButTitle = (int)(SearchField.Heading | SearchField.Taxonomy | SearchField.Body | SearchField.CodeOrMath);
        Assert.True(SearchRanking.TermScore((int)SearchField.Title, exact: true) > SearchRanking.TermScore(everythingButTitle, exact: true));
    }

    [Fact]
    public void An_exact_term_counts_double_a_prefix_match()
    {
        Assert.Equal(32, SearchRanking.TermScore(16, exact: true));
        Assert.Equal(16, SearchRanking.TermScore(16, exact: false));
    }

    [Fact]
    public void The_title_bonus_prefers_an_equal_title_to_one_that_contains_the_query()
    {
        Assert.Equal(SearchRanking.ExactTitleBonus, SearchRanking.TitleBonus("背包问题", "背包问题"));
        Assert.Equal(SearchRanking.ExactTitleBonus, SearchRanking.TitleBonus("Café  Transformer", "cafe transformer"));
        Assert.Equal(SearchRanking.TitleContainsBonus, SearchRanking.TitleBonus("0-1 背包问题详解", "背包问题"));
        Assert.Equal(0, SearchRanking.TitleBonus("动态规划", "背包"));
    }

    [Fact]
    public void Equal_scores_go_to_the_lower_id_which_is_the_newer_post()
    {
        var ordered = SearchRanking.Order([(3, 10), (1, 10), (2, 40)]).Select(s => s.Doc);
        Assert.Equal([2, 1, 3], ordered);
    }
}
