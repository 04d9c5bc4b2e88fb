using Inkstone.Content;
using Inkstone.Data;

namespace Inkstone.Importing;

/// <summary>
/// Hexo's categories nest: <c>categories: [算法, 动态规划]</c> is 动态规划 inside 算法, and the post is in both
/// "算法" and "算法/动态规划" (at <c>/categories/算法/</c> and <c>/categories/算法/动态规划/</c>). A list of lists,
/// <c>[[算法], [Python]]</c>, is two separate categories.
/// </summary>
internal static class HexoCategories
{
    public static IReadOnlyList<string> Of(Post post, string relativePath)
    {
        var node = post.FrontMatter["categories"] ?? post.FrontMatter["category"];
        var paths = node switch
        {
            DataScalar s => [[s.Text]],
            DataList list when list.Items.Any(i => i is DataList) => list.Items.Select(Names).ToList(),
            DataList list => [Names(list)],
            _ => new List<List<string>>(),
        };

        var result = new List<string>();
        foreach (var path in paths.Where(p => p.Count > 0))
        {
            for (var depth = 1; depth <= path.Count; depth++)
            {
                var name = string.Join('/', path.Take(depth));
                if (!result.Contains(name, StringComparer.Ordinal))
                {
                    result.Add(name);
                }
            }
        }

        return result;
    }

    private static List<string> Names(DataNode node) => node switch
    {
        DataScalar s => [s.Text],
        DataList l => l.Items.OfType<DataScalar>().Select(s => s.Text).ToList(),
        _ => [],
    };
}
