namespace Inkstone.CorpusGenerator;

/// <summary>A subject a generated post can be about: its names in both languages, its category and likely tags.</summary>
internal sealed record Topic(string Slug, string ChineseName, string EnglishName, string Category, IReadOnlyList<string> Tags);
