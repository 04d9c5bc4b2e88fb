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
        var ordered = Order(posts);
        var table = new SearchTermTable();
        var perPost = ReadAll(ordered, Enumerable.Range(0, ordered.Count).ToArray(), table, link, date);
        var postings = Merge(perPost.Select(p => p.Postings).ToList(), table.Capacity);
        var terms = table.TermsById();
        var sorted = new List<KeyValuePair<string, List<SearchPosting>>>(terms.Length);
        for (var term = 0; term < terms.Length; term++)
        {
            if (terms[term] is { } text && postings[term] is { } list)
            {
                sorted.Add(new(text, list));
            }
        }

        sorted.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new SearchIndex(perPost.Select(p => p.Document).ToList(), sorted);
    }

    /// <summary>
    /// The terms (by id in <paramref name="table"/>, with their field bits) and document of each post of <paramref name="posts"/>,
    /// read as document <paramref name="ids"/>[i]. Tokenizing is the costly part and each post is independent, so
    /// they are read in parallel; what they give does not depend on the order the threads finish in.
    /// </summary>
    public static ((int Term, int Fields)[] Postings, SearchDocument Document)[] ReadAll(
        IReadOnlyList<RenderedPost> posts, int[] ids, SearchTermTable table, Func<string, string> link, Func<DateTimeOffset, string> date)
    {
        var perPost = new ((int Term, int Fields)[] Postings, SearchDocument Document)[posts.Count];
        Parallel.For(0, posts.Count, () => new SearchTermFields(table), (i, _, fields) =>
        {
            perPost[i] = Read(ids[i], posts[i], fields, link, date);
            return fields;
        }, _ => { });
        return perPost;
    }

    /// <summary>The posting list of each term id below <paramref name="capacity"/> (null for a term no document has), document ids in order.</summary>
    public static List<SearchPosting>?[] Merge(IReadOnlyList<(int Term, int Fields)[]> perDocument, int capacity)
    {
        // Lists sized from a first count never grow: no copying of millions of postings while merging.
        var counts = new int[capacity];
        foreach (var found in perDocument)
        {
            foreach (var (term, _) in found)
            {
                counts[term]++;
            }
        }

        var postings = new List<SearchPosting>?[capacity];
        for (var id = 0; id < perDocument.Count; id++)
        {
            foreach (var (term, weight) in perDocument[id])
            {
                (postings[term] ??= new(counts[term])).Add(new SearchPosting(id, weight));
            }
        }

        return postings;
    }

    /// <summary>The index's order of documents: newest first, then by source path.</summary>
    public static List<RenderedPost> Order(IEnumerable<RenderedPost> posts) =>
        posts.OrderByDescending(p => p.Post.Date).ThenBy(p => p.Post.SourcePath, StringComparer.Ordinal).ToList();

    /// <summary>One post's terms (with their field bits) and document, as <see cref="Build"/> makes them for id <paramref name="id"/>.</summary>
    public static (Dictionary<string, int> Terms, SearchDocument Document) ReadOne(int id, RenderedPost rendered, Func<string, string> link, Func<DateTimeOffset, string> date)
    {
        var table = new SearchTermTable();
        var (postings, document) = Read(id, rendered, new SearchTermFields(table), link, date);
        var terms = table.TermsById();
        return (postings.ToDictionary(p => terms[p.Item1]!, p => p.Item2, StringComparer.Ordinal), document);
    }

    private static ((int, int)[], SearchDocument) Read(int id, RenderedPost rendered, SearchTermFields fields, Func<string, string> link, Func<DateTimeOffset, string> date)
    {
        var post = rendered.Post;
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
        return (fields.TakePostings(), new SearchDocument(id, post.Title, link(post.Url), post.Categories.FirstOrDefault(), hasDate ? date(post.Date) : null, text, truncated));
    }

    private static void Add(SearchTermFields fields, string text, SearchField field)
    {
        fields.Field = field;
        SearchTokenizer.Tokenize(text, new SearchTermFields.Sink(fields));
    }

    /// <summary>The post's text in reading order with blocks separated by a space, cut at <see cref="MaxTextBytes"/>.</summary>
    private static (string Text, bool Truncated) PlainText(IReadOnlyList<TextPiece> pieces)
    {
        var text = new StringBuilder();
        var bytes = 0;
        Span<char> units = stackalloc char[2];
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

                text.Append(units[..c.EncodeToUtf16(units)]);
            }
        }

        return (text.ToString().TrimEnd(), false);
    }
}
