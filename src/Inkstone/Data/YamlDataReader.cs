using Inkstone.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Inkstone.Data;

/// <summary>Reads YAML front matter (or a YAML config file) into position-carrying nodes.</summary>
internal static class YamlDataReader
{
    /// <param name="firstLine">The 1-based line of the file on which <paramref name="yaml"/> starts.</param>
    public static DataMap Read(SourceText source, string yaml, int firstLine, DiagnosticBag diagnostics, string diagnosticId = DiagnosticIds.FrontMatterMalformed)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return DataMap.Empty(source.Path);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var location = new SourceLocation(source.Path, (int)e.Start.Line + firstLine - 1, (int)System.Math.Max(1, e.Start.Column));
            diagnostics.Error(diagnosticId, location, $"The YAML is malformed: {Clean(e)}",
                "Check the indentation and quote values that contain ': ', '#', '[' or '{'.");
            return DataMap.Empty(source.Path);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet's scanner throws these (with no position) on some malformed flow collections.
            diagnostics.Error(diagnosticId, new SourceLocation(source.Path, firstLine, 1), "The YAML is malformed: a list or a set of keys is not closed.",
                "Check for an unclosed '[' or '{', and quote values that contain ': ', '#', '[' or '{'.");
            return DataMap.Empty(source.Path);
        }

        if (stream.Documents.Count == 0)
        {
            return DataMap.Empty(source.Path);
        }

        if (YamlAliasBudget.FirstAliasOverBudget(yaml) is { } alias)
        {
            diagnostics.Error(DiagnosticIds.YamlAliasesTooLarge, new SourceLocation(source.Path, (int)alias.Line + firstLine - 1, (int)alias.Column),
                $"The YAML's aliases ('*name') copy out to more than {YamlAliasBudget.MaxNodesThroughAliases:N0} values; it is not read.",
                "Write the values out, or reuse fewer: an alias of a list of aliases multiplies them.");
            return DataMap.Empty(source.Path);
        }

        var root = stream.Documents[0].RootNode;
        if (Convert(root, source.Path, firstLine) is DataMap map)
        {
            return map;
        }

        diagnostics.Error(diagnosticId, Locate(root, source.Path, firstLine),
            "The front matter is not a set of 'key: value' lines.", "Write one 'key: value' per line, such as 'title: 标题'.");
        return DataMap.Empty(source.Path);
    }

    private static DataNode Convert(YamlNode node, string path, int firstLine) => node switch
    {
        YamlScalarNode s => new DataScalar(s.Value ?? "", s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded, Locate(s, path, firstLine)),
        YamlSequenceNode seq => new DataList(seq.Children.Select(c => Convert(c, path, firstLine)).ToList(), Locate(seq, path, firstLine)),
        YamlMappingNode m => new DataMap(
            m.Children.Select(kv => new KeyValuePair<string, DataNode>(
                (kv.Key as YamlScalarNode)?.Value ?? "",
                Convert(kv.Value, path, firstLine))).ToList(),
            Locate(m, path, firstLine)),
        _ => new DataScalar("", false, Locate(node, path, firstLine)),
    };

    private static SourceLocation Locate(YamlNode node, string path, int firstLine) =>
        new(path, (int)node.Start.Line + firstLine - 1, (int)node.Start.Column);

    private static string Clean(YamlException e)
    {
        // YamlDotNet prefixes its own "(Line: .., Col: ..)" position, which we report ourselves.
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
