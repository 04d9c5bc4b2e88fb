namespace Inkstone.CorpusGenerator;

/// <summary>One generated post: front matter fields and the Markdown body, shared by both site layouts.</summary>
internal sealed record SyntheticPost(
    int Number,
    string Slug,
    string Title,
    DateTimeOffset Date,
    string Category,
    IReadOnlyList<string> Tags,
    bool IsChinese,
    string Body,
    int WordCount)
{
    public string FileName => $"{Number:D4}-{Slug}.md";
}
