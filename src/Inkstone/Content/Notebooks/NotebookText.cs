using Inkstone.Data;

namespace Inkstone.Content.Notebooks;

/// <summary>
/// Reads nbformat's multi-line strings: a list of strings each ending in its line break (what Jupyter writes), or one
/// string. Each line keeps where it was written, the column just inside its opening quote.
/// </summary>
internal static class NotebookText
{
    public static IReadOnlyList<SourceLine> Lines(DataNode? node)
    {
        var lines = new List<SourceLine>();
        switch (node)
        {
            case DataScalar scalar:
                Split(scalar, lines);
                break;
            case DataList list:
                var pending = "";
                var at = list.Location;
                foreach (var item in list.Items.OfType<DataScalar>())
                {
                    if (pending.Length == 0)
                    {
                        at = item.Location;
                    }

                    var parts = item.Text.Split('\n');
                    for (var i = 0; i < parts.Length - 1; i++)
                    {
                        lines.Add(new SourceLine(pending + parts[i], at.Line, at.Column + 1));
                        pending = "";
                        at = item.Location;
                    }

                    pending += parts[^1];
                }

                if (pending.Length > 0)
                {
                    lines.Add(new SourceLine(pending, at.Line, at.Column + 1));
                }

                break;
        }

        return lines;
    }

    /// <summary>The whole text, lines joined with <c>\n</c>.</summary>
    public static string Join(DataNode? node) => node switch
    {
        DataScalar scalar => scalar.Text,
        DataList list => string.Concat(list.Items.OfType<DataScalar>().Select(s => s.Text)),
        _ => "",
    };

    private static void Split(DataScalar scalar, List<SourceLine> lines)
    {
        var parts = scalar.Text.Split('\n');
        var count = parts[^1].Length == 0 ? parts.Length - 1 : parts.Length;
        for (var i = 0; i < count; i++)
        {
            lines.Add(new SourceLine(parts[i], scalar.Location.Line, scalar.Location.Column + 1));
        }
    }
}
