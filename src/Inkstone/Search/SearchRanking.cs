namespace Inkstone.Search;

/// <summary>
/// The score of a document for a query, computed in the browser by <c>search.js</c> and here for tests;
/// the two must agree. A document is a result only when every query term matches it. Then
/// <code>
/// score = Σ over query terms of best(term)
///       + 256 when the folded title equals the folded query, else 64 when it contains it
/// best(term) = 2 × weight for the term itself, or 1 × weight for the best longer term it begins (prefix)
/// </code>
/// where weight is the posting's sum of <see cref="SearchField"/> bits (title 16, heading 8, category or
/// tag 4, body 2, code or math 1). Equal scores go to the lower document id, which is the newer post.
/// </summary>
internal static class SearchRanking
{
    public const int ExactTitleBonus = 256;

    public const int TitleContainsBonus = 64;

    /// <summary>The contribution of one query term: exact matches count double a prefix match.</summary>
    public static int TermScore(int weight, bool exact) => exact ? 2 * weight : weight;

    public static int TitleBonus(string title, string query)
    {
        var t = Squeeze(SearchTokenizer.Fold(title));
        var q = Squeeze(SearchTokenizer.Fold(query));
        if (q.Length == 0)
        {
            return 0;
        }

        return t == q ? ExactTitleBonus : t.Contains(q, StringComparison.Ordinal) ? TitleContainsBonus : 0;
    }

    /// <summary>Orders scored documents: higher score first, then lower id (newer).</summary>
    public static IEnumerable<(int Doc, int Score)> Order(IEnumerable<(int Doc, int Score)> scored) =>
        scored.OrderByDescending(s => s.Score).ThenBy(s => s.Doc);

    /// <summary>Runs of white space become one space, so "PPO  clip" and "PPO clip" compare equal.</summary>
    private static string Squeeze(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
