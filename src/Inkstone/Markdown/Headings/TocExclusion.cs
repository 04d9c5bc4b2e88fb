using Markdig.Syntax;

namespace Inkstone.Markdown.Headings;

/// <summary>Marks a heading the writer kept out of the table of contents (kramdown's <c>{: .no_toc}</c>); it keeps its id.</summary>
internal static class TocExclusion
{
    private static readonly object Key = new();

    public static void Exclude(HeadingBlock heading) => heading.SetData(Key, true);

    public static bool IsExcluded(HeadingBlock heading) => heading.GetData(Key) is true;
}
