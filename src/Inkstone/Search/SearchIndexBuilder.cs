using System.Text;
using Inkstone.Excerpts;
using Inkstone.Markdown;

namespace Inkstone.Search;

/// <summary>
/// Builds the search index of a site's posts and pages: the terms of each field of each post (see
/// <see cref="SearchTokenizer"/>) and the fields they came from (see <see cref="SearchField"/>).
/// </summary>
internal static class SearchIndexBuilder
{
    /// <summary>
    /// The most UTF-8 bytes of a post's text kept for snippets: about 800 Chinese characters or 2,400
    /// Latin ones, enough to find a passage to show while keeping a document shard of four posts near 10 KB.
    /// </summary>
    public const int MaxTextBytes = 2400;

    /// <param name="link">Turns a site URL into the link a reader follows (adds the base path).</param>
    /// <param name="date">Formats a post's date as the site shows it.</param>
    public static SearchIndex Build(IEnumerable<RenderedPost> posts, Func<string, string> link, Func<DateTimeOffset, string> date)
    {
        var ordered = posts.OrderByDescending(p => p.Post.Date).ThenBy(p => p.Post.SourcePath, StringComparer.Ordinal).ToList();

        // Tokenizing is the costly part and each post is independent; the merge below runs in id order,
        // so the index is the same whatever order the threads finish in.
        var perPost = new (IReadOnlyDictionary<string, int> Fields, SearchDocument Document)[ordered.Count];
        Parallel.For(0, ordered.Count, id => perPost[id] = Read(id, ordered[id], link, date));

        // A hash table while merging (millions of postings, thousands of terms), sorted once at the end.
        var postings = new Dictionary<string, List<SearchPosting>>(StringComparer.Ordinal);
        for (var id = 0; id < perPost.Length; id++)
        {
            foreach (var (term, weight) in perPost[id].Fields)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add(new SearchPosting(id, weight));
            }
        }

        return new SearchIndex(perPost.Select(p => p.Document).ToList(), new SortedDictionary<string, List<SearchPosting>>(postings, StringComparer.Ordinal));
    }

    private static (IReadOnlyDictionary<string, int>, SearchDocument) Read(int id, RenderedPost rendered, Func<string, string> link, Func<DateTimeOffset, string> date)
    {
        var post = rendered.Post;
        var fields = new SearchTermFields();
        Add(fields, post.Title, SearchField.Title);
        foreach (var heading in rendered.Headings)
        {
            Add(fields, heading.Text, SearchField.Heading);
        }

        foreach (var term in post.Categories.Concat(post.Tags))
        {
            Add(fields, term, SearchField.Taxonomy);
        }

        foreach (var piece in rendered.Text)
        {
            Add(fields, piece.Text, piece.Kind == TextPieceKind.Text ? SearchField.Body : SearchField.CodeOrMath);
        }

        var (text, truncated) = PlainText(rendered.Text);
        var hasDate = post.Kind == Content.PostKind.Post || post.Date != DateTimeOffset.UnixEpoch;
        return (fields.Weights, new SearchDocument(id, post.Title, link(post.Url), post.Categories.FirstOrDefault(), hasDate ? date(post.Date) : null, text, truncated));
    }

    private static void Add(SearchTermFields fields, string text, SearchField field)
    {
        fields.Field = field;
        SearchTokenizer.Tokenize(text, fields);
    }

    /// <summary>The post's text in reading order with blocks separated by a space, cut at <see cref="MaxTextBytes"/>.</summary>
    private static (string Text, bool Truncated) PlainText(IReadOnlyList<TextPiece> pieces)
    {
        var text = new StringBuilder();
        var bytes = 0;
        foreach (var piece in pieces)
        {
            var part = piece.Kind == TextPieceKind.BlockEnd ? " " : piece.Text;
            if (piece.Kind is TextPieceKind.CodeBlock or TextPieceKind.DisplayMath)
            {
                part = " " + part + " ";
            }

            foreach (var rune in part.EnumerateRunes())
            {
                var c = rune.Value is '\n' or '\r' or '\t' ? new Rune(' ') : rune;
                if (c.Value == ' ' && (text.Length == 0 || text[^1] == ' '))
                {
                    continue;
                }

                bytes += c.Utf8SequenceLength;
                if (bytes > MaxTextBytes)
                {
                    return (text.ToString().TrimEnd(), true);
                }

                text.Append(c.ToString());
            }
        }

        return (text.ToString().TrimEnd(), false);
    }
}
