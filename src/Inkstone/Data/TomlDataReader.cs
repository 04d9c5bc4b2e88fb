using System.Globalization;
using Inkstone.Diagnostics;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Inkstone.Data;

/// <summary>Reads TOML front matter (Hugo's <c>+++</c> form) into position-carrying nodes.</summary>
internal static class TomlDataReader
{
    public static DataMap Read(SourceText source, string toml, int firstLine, DiagnosticBag diagnostics)
    {
        var document = SyntaxParser.Parse(toml, source.Path, false);
        if (document.HasErrors)
        {
            foreach (var message in document.Diagnostics)
            {
                if (message.Kind == DiagnosticMessageKind.Error)
                {
                    diagnostics.Error(DiagnosticIds.FrontMatterMalformed, Locate(message.Span.Start, source.Path, firstLine),
                        $"The TOML is malformed: {message.Message}", "TOML strings need quotes: title = \"标题\".");
                }
            }

            return DataMap.Empty(source.Path);
        }

        var entries = new List<KeyValuePair<string, DataNode>>();
        foreach (var kv in document.KeyValues)
        {
            Add(entries, kv, source.Path, firstLine);
        }

        foreach (var table in document.Tables)
        {
            var tableEntries = new List<KeyValuePair<string, DataNode>>();
            foreach (var kv in table.Items)
            {
                Add(tableEntries, kv, source.Path, firstLine);
            }

            var node = new DataMap(tableEntries, Locate(table.Span.Start, source.Path, firstLine));
            var name = table.Name is null ? "" : KeyText(table.Name);
            entries.Add(new(name, table is TableArraySyntax ? new DataList([node], node.Location) : node));
        }

        return new DataMap(entries, new SourceLocation(source.Path, firstLine, 1));
    }

    private static void Add(List<KeyValuePair<string, DataNode>> entries, KeyValueSyntax kv, string path, int firstLine)
    {
        if (kv.Key is null || kv.Value is null)
        {
            return;
        }

        entries.Add(new(KeyText(kv.Key), Convert(kv.Value, path, firstLine)));
    }

    private static string KeyText(KeySyntax key)
    {
        var parts = new List<string> { KeyPart(key.Key) };
        foreach (var dotted in key.DotKeys)
        {
            parts.Add(KeyPart(dotted.Key));
        }

        return string.Join('.', parts);
    }

    private static string KeyPart(BareKeyOrStringValueSyntax? part) => part switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax s => s.Value ?? "",
        _ => "",
    };

    private static DataNode Convert(ValueSyntax value, string path, int firstLine)
    {
        var location = Locate(value.Span.Start, path, firstLine);
        return value switch
        {
            StringValueSyntax s => new DataScalar(s.Value ?? "", true, location),
            BooleanValueSyntax b => new DataScalar(b.Value ? "true" : "false", false, location),
            IntegerValueSyntax i => new DataScalar(i.Value.ToString(CultureInfo.InvariantCulture), false, location),
            FloatValueSyntax f => new DataScalar(f.Value.ToString(CultureInfo.InvariantCulture), false, location),
            DateTimeValueSyntax d => new DataScalar(d.Token?.Text ?? "", false, location),
            ArraySyntax a => new DataList(a.Items.Where(i => i.Value is not null).Select(i => Convert(i.Value!, path, firstLine)).ToList(), location),
            InlineTableSyntax t => new DataMap(
                t.Items.Select(i => i.KeyValue).Where(kv => kv?.Key is not null && kv.Value is not null)
                       .Select(kv => new KeyValuePair<string, DataNode>(KeyText(kv!.Key!), Convert(kv.Value!, path, firstLine))).ToList(),
                location),
            _ => new DataScalar("", false, location),
        };
    }

    private static SourceLocation Locate(TextPosition position, string path, int firstLine) =>
        new(path, position.Line + firstLine, position.Column + 1);
}
