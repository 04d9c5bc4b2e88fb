using Inkstone.Configuration;
using Inkstone.Data;

namespace Inkstone.Importing;

/// <summary>
/// MkDocs's <c>nav</c>: entries are <c>Title: page.md</c>, <c>Section: [ ... ]</c> or a bare <c>page.md</c>. Gives each
/// page its title, and the top-level entries as the site's menu (a section links to its first page).
/// </summary>
internal sealed record MkDocsNav(IReadOnlyDictionary<string, string> Titles, IReadOnlyList<MenuItem> Menu)
{
    public static MkDocsNav Read(DataNode? node, string docs, bool directoryUrls)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var menu = new List<MenuItem>();
        if (node is DataList list)
        {
            foreach (var entry in list.Items)
            {
                var (title, first) = Walk(entry, docs, titles, directoryUrls);
                if (title is not null && first is not null)
                {
                    menu.Add(new MenuItem(title, first));
                }
            }
        }

        return new MkDocsNav(titles, menu);
    }

    /// <returns>The entry's title and the URL-ish target of its first page (a page path or an external link).</returns>
    private static (string? Title, string? First) Walk(DataNode entry, string docs, Dictionary<string, string> titles, bool directoryUrls)
    {
        switch (entry)
        {
            case DataScalar bare:
                return (null, Target(bare.Text, directoryUrls));
            case DataMap { Entries.Count: 1 } map:
                var (title, value) = map.Entries[0];
                if (value is DataScalar page)
                {
                    if (!page.Text.Contains("://", StringComparison.Ordinal))
                    {
                        titles[docs + "/" + page.Text.TrimStart('/')] = title;
                    }

                    return (title, Target(page.Text, directoryUrls));
                }

                string? first = null;
                if (value is DataList children)
                {
                    foreach (var child in children.Items)
                    {
                        first ??= Walk(child, docs, titles, directoryUrls).First;
                    }
                }

                return (title, first);
            default:
                return (null, null);
        }
    }

    /// <summary>The URL of a page path ("ml/grpo.md" is "/ml/grpo/"), or an external URL as written.</summary>
    private static string Target(string text, bool directoryUrls) =>
        text.Contains("://", StringComparison.Ordinal) ? text : MkDocsUrls.PageUrl(text.TrimStart('/'), directoryUrls);
}
