using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Content;

/// <summary>
/// Finds the front matter at the top of a Markdown file (YAML between <c>---</c> lines, TOML between
/// <c>+++</c> lines, or a JSON object) and parses it into <see cref="DataNode"/>s with positions.
/// </summary>
internal static class FrontMatterParser
{
    public static FrontMatterDocument Parse(SourceText source, DiagnosticBag diagnostics, bool metaLines = false)
    {
        var text = source.Text;
        if (StartsWithFence(text, "---"))
        {
            return ParseFenced(source, "---", FrontMatterFormat.Yaml, diagnostics);
        }

        if (StartsWithFence(text, "+++"))
        {
            return ParseFenced(source, "+++", FrontMatterFormat.Toml, diagnostics);
        }

        if (text.StartsWith('{'))
        {
            var (values, end) = JsonDataReader.Read(source, diagnostics);
            return new FrontMatterDocument(FrontMatterFormat.Json, values, end);
        }

        if (metaLines && MetaLinesReader.Read(source) is { } meta)
        {
            return meta;
        }

        return new FrontMatterDocument(FrontMatterFormat.None, DataMap.Empty(source.Path), 0);
    }

    private static bool StartsWithFence(string text, string fence) =>
        text.StartsWith(fence, StringComparison.Ordinal) &&
        (text.Length == 3 || text[3] == '\n' || text[3] == '\r' || (text[3] == ' ' && text.AsSpan(3).TrimStart(' ').StartsWith("\n")));

    private static FrontMatterDocument ParseFenced(SourceText source, string fence, FrontMatterFormat format, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        var contentStart = text.IndexOf('\n') + 1;
        if (contentStart == 0)
        {
            contentStart = text.Length;
        }

        var (contentEnd, bodyStart) = FindClosingFence(text, contentStart, fence, format);
        if (contentEnd < 0)
        {
            diagnostics.Error(
                DiagnosticIds.FrontMatterUnclosed,
                source.LocationOf(0),
                $"The front matter opened with '{fence}' on line 1 is never closed.",
                $"Add a line with just '{fence}' after the last front matter key.");
            return new FrontMatterDocument(format, DataMap.Empty(source.Path), text.Length);
        }

        var firstLine = source.LocationOf(contentStart).Line;
        var content = text[contentStart..contentEnd];
        var values = format == FrontMatterFormat.Yaml
            ? YamlDataReader.Read(source, content, firstLine, diagnostics)
            : TomlDataReader.Read(source, content, firstLine, diagnostics);
        return new FrontMatterDocument(format, values, bodyStart);
    }

    private static (int ContentEnd, int BodyStart) FindClosingFence(string text, int from, string fence, FrontMatterFormat format)
    {
        var lineStart = from;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var next = lineEnd < 0 ? text.Length : lineEnd + 1;
            var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).TrimEnd("\r \t");
            if (line.SequenceEqual(fence) || (format == FrontMatterFormat.Yaml && line.SequenceEqual("...")))
            {
                return (lineStart, next);
            }

            lineStart = next;
        }

        return (-1, -1);
    }
}
