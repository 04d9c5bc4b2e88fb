using System.Text.RegularExpressions;
using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Content;

/// <summary>
/// Reads the meta data lines Python-Markdown's <c>meta</c> extension and MkDocs take at the top of a page
/// (<c>title: Intro</c>, one key a line, a value continued on lines indented by four spaces) up to the first blank
/// line. A key with several lines is a list; keys are lower case, as there.
/// </summary>
internal static partial class MetaLinesReader
{
    public static FrontMatterDocument? Read(SourceText source)
    {
        var text = source.Text;
        var firstEnd = text.IndexOf('\n');
        if (!Key().IsMatch(firstEnd < 0 ? text : text[..firstEnd]))
        {
            return null;
        }

        var entries = new List<KeyValuePair<string, DataNode>>();
        var values = new List<(string Text, SourceLocation At)>();
        string? key = null;
        SourceLocation keyAt = source.LocationOf(0);
        var offset = 0;
        void Flush()
        {
            if (key is not null)
            {
                DataNode node = values.Count == 1
                    ? new DataScalar(values[0].Text, false, values[0].At)
                    : new DataList(values.Select(v => (DataNode)new DataScalar(v.Text, false, v.At)).ToList(), keyAt);
                entries.Add(new(key, node));
            }

            values.Clear();
        }

        while (offset < text.Length)
        {
            var end = text.IndexOf('\n', offset);
            var line = end < 0 ? text[offset..] : text[offset..end];
            var next = end < 0 ? text.Length : end + 1;
            if (line.Trim().Length == 0)
            {
                offset = next;
                break;
            }

            if (Key().Match(line) is { Success: true } pair)
            {
                Flush();
                key = pair.Groups["key"].Value.ToLowerInvariant();
                keyAt = source.LocationOf(offset);
                if (pair.Groups["value"].Value.Trim() is { Length: > 0 } value)
                {
                    values.Add((value, source.LocationOf(offset + pair.Groups["value"].Index)));
                }
            }
            else if (key is not null && line.StartsWith("    ", StringComparison.Ordinal))
            {
                values.Add((line.Trim(), source.LocationOf(offset + 4)));
            }
            else
            {
                break;
            }

            offset = next;
        }

        Flush();
        return new FrontMatterDocument(FrontMatterFormat.MetaLines, new DataMap(entries, source.LocationOf(0)), offset);
    }

    [GeneratedRegex("""^[ ]{0,3}(?<key>[A-Za-z0-9_-]+):[ \t]*(?<value>.*)$""")]
    private static partial Regex Key();
}
