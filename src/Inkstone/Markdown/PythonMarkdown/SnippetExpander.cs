using System.Text;
using System.Text.RegularExpressions;
using Inkstone.Diagnostics;

namespace Inkstone.Markdown.PythonMarkdown;

/// <summary>
/// Puts pymdownx.snippets' files in place before parsing, as the extension does: a line <c>--8&lt;-- "path"</c> (with
/// <c>path:START:END</c> for lines of it), or a block of paths between two <c>--8&lt;--</c> lines, indented as the
/// marker is. A path is looked up in the snippet folders in order and read only when it stays inside the site; one
/// outside or missing is an error at its line. <c>;--8&lt;--</c> is the marker itself, written out.
/// </summary>
internal static partial class SnippetExpander
{
    private const int MaxDepth = 8;

    public static string Expand(string markdown, string postPath, int firstBodyLine, PostRenderContext context)
    {
        if (!markdown.Contains("--8<--", StringComparison.Ordinal))
        {
            return markdown;
        }

        return Expand(markdown, postPath, firstBodyLine, context, depth: 0);
    }

    private static string Expand(string markdown, string path, int firstLine, PostRenderContext context, int depth)
    {
        var lines = markdown.Split('\n');
        var output = new StringBuilder(markdown.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (i > 0)
            {
                output.Append('\n');
            }

            if (Escaped().Match(line) is { Success: true } escaped)
            {
                output.Append(escaped.Groups["indent"].Value).Append(line[(escaped.Groups["indent"].Length + 1)..]);
                continue;
            }

            var single = Single().Match(line);
            if (single.Success)
            {
                output.Append(Include(single.Groups["path"].Value, single.Groups["indent"].Value, path, firstLine + i, context, depth));
                continue;
            }

            if (Marker().Match(line) is { Success: true } open && lines.Skip(i + 1).Any(l => l.Trim() == "--8<--"))
            {
                var included = new List<string>();
                var j = i + 1;
                for (; lines[j].Trim() != "--8<--"; j++)
                {
                    var name = lines[j].Trim();
                    if (name.Length > 0 && !name.StartsWith(';'))
                    {
                        included.Add(Include(name, open.Groups["indent"].Value, path, firstLine + j, context, depth));
                    }
                }

                output.Append(string.Join('\n', included));
                i = j;
                continue;
            }

            output.Append(line);
        }

        return output.ToString();
    }

    private static string Include(string written, string indent, string from, int line, PostRenderContext context, int depth)
    {
        var location = new SourceLocation(from, line, indent.Length + 1);
        var (name, range) = SplitRange(written);
        if (name.StartsWith('/') || name.Contains(':', StringComparison.Ordinal) || name.Split('/').Any(s => s == ".."))
        {
            if (Resolve(name) is null)
            {
                context.Diagnostics.Error(DiagnosticIds.SnippetOutsideSite, location, $"The snippet '{written}' is outside the site folder; it is not read.",
                    "Keep snippets inside the site, in a snippet folder (markdown.snippet_folders) or the docs folder.");
                return "";
            }
        }

        foreach (var folder in context.Config.Markdown.SnippetFolders)
        {
            var candidate = Resolve(folder == "." ? name : folder + "/" + name);
            if (candidate is null)
            {
                continue;
            }

            var exists = context.Files.FileExists(candidate);
            if (!exists)
            {
                context.Dependencies?.FileExists(candidate, false);
                continue;
            }

            context.Dependencies?.FileStamp(candidate, context.Files.FileStamp(candidate));
            var text = Encoding.UTF8.GetString(context.Files.ReadAllBytes(candidate)).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
            var selected = range is var (start, end) ? string.Join('\n', text.Split('\n').Skip(start - 1).Take(end - start + 1)) : text;
            if (depth < MaxDepth)
            {
                selected = Expand(selected, candidate, 1, context, depth + 1);
            }

            return string.Join('\n', selected.Split('\n').Select(l => l.Length > 0 ? indent + l : l));
        }

        context.Diagnostics.Error(DiagnosticIds.SnippetMissing, location, $"The snippet '{written}' names no file; nothing is shown in its place.",
            "Snippet paths are relative to " + string.Join(", ", context.Config.Markdown.SnippetFolders.Select(f => f == "." ? "the site folder" : f + "/")) + ".");
        return "";
    }

    private static (string Name, (int Start, int End)? Range) SplitRange(string written)
    {
        var match = Range().Match(written);
        if (!match.Success)
        {
            return (written, null);
        }

        var start = int.Parse(match.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var end = match.Groups["end"].Success ? int.Parse(match.Groups["end"].Value, System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue - 1;
        return (match.Groups["name"].Value, (System.Math.Max(start, 1), end));
    }

    /// <summary>The site path <paramref name="path"/> names, or null when it leads out of the site.</summary>
    private static string? Resolve(string path)
    {
        if (path.StartsWith('/') || path.Contains(':', StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    [GeneratedRegex("""^(?<indent>[ \t]*)--8<--[ \t]+(?<q>["'])(?<path>[^"']+)\k<q>[ \t]*$""")]
    private static partial Regex Single();

    [GeneratedRegex("""^(?<indent>[ \t]*)--8<--[ \t]*$""")]
    private static partial Regex Marker();

    [GeneratedRegex("""^(?<indent>[ \t]*);--8<--""")]
    private static partial Regex Escaped();

    [GeneratedRegex("""^(?<name>.+?):(?<start>\d+)(?::(?<end>\d+))?$""")]
    private static partial Regex Range();
}
