using System.Globalization;
using System.Text;

namespace Inkstone.CorpusGenerator;

/// <summary>Writes the YAML front matter block both Inkstone and Hugo read for a post.</summary>
internal static class FrontMatter
{
    public static string Render(SyntheticPost post)
    {
        var builder = new StringBuilder();
        builder.Append("---\n");
        builder.Append("title: ").Append(Quote(post.Title)).Append('\n');
        builder.Append("date: ").Append(post.Date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append('\n');
        builder.Append("categories: [").Append(Quote(post.Category)).Append("]\n");
        builder.Append("tags: [").AppendJoin(", ", post.Tags.Select(Quote)).Append("]\n");
        builder.Append("---\n\n");
        return builder.ToString();
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
