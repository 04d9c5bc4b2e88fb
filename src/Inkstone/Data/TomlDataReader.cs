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
        DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(toml, source.Path, false);
        }
        catch (Tomlyn.TomlException e)
        {
            // Tomlyn stops at 64 nested arrays or inline tables with an exception that has no position.
            var line = DeepNestingFinder.FirstFailingLine(toml, Fails) + firstLine - 1;
            if (e.Message.Contains("depth", StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticIds.NestedTooDeep, new SourceLocation(source.Path, line, 1),
                    "The TOML nests arrays or tables more than 64 deep; it is not read.", "Nest values less deeply.");
            }
            else
            {
                diagnostics.Error(DiagnosticIds.FrontMatterMalformed, new SourceLocation(source.Path, line, 1), $"The TOML is malformed: {e.Message}",
                    "TOML strings need quotes: title = \"标题\".");
            }

            return DataMap.Empty(source.Path);
        }

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

        // Tables nest by their dotted names ([languages.zh] is languages: { zh: ... }) and [[menu.main]] tables
        // gather into one list, as every TOML reader (and Hugo) reads them.
        var root = new TomlTable(new SourceLocation(source.Path, firstLine, 1));
        foreach (var kv in document.KeyValues)
        {
            Add(root, kv, source.Path, firstLine);
        }

        foreach (var table in document.Tables)
        {
            var location = Locate(table.Span.Start, source.Path, firstLine);
            var names = table.Name is null ? [] : KeyParts(table.Name);
            if (names.Count == 0)
            {
                continue;
            }

            var parent = root.Descend(names.Take(names.Count - 1), location);
            TomlTable target;
            if (table is TableArraySyntax)
            {
                target = new TomlTable(location);
                parent.Append(names[^1], target, location);
            }
            else
            {
                target = parent.Descend([names[^1]], location);
            }

            foreach (var kv in table.Items)
            {
                Add(target, kv, source.Path, firstLine);
            }
        }

        return root.ToMap();
    }

    private static void Add(TomlTable table, KeyValueSyntax kv, string path, int firstLine)
    {
        if (kv.Key is null || kv.Value is null)
        {
            return;
        }

        var parts = KeyParts(kv.Key);
        var value = Convert(kv.Value, path, firstLine);
        table.Descend(parts.Take(parts.Count - 1), value.Location).Set(parts[^1], value);
    }

    private static List<string> KeyParts(KeySyntax key)
    {
        var parts = new List<string> { KeyPart(key.Key) };
        parts.AddRange(key.DotKeys.Select(d => KeyPart(d.Key)));
        return parts;
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

    private static bool Fails(string toml)
    {
        try
        {
            SyntaxParser.Parse(toml, "", false);
            return false;
        }
        catch (Tomlyn.TomlException)
        {
            return true;
        }
    }

    private static SourceLocation Locate(TextPosition position, string path, int firstLine) =>
        new(path, position.Line + firstLine, position.Column + 1);
}
