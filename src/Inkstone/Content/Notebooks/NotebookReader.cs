using System.IO.Hashing;
using System.Text.RegularExpressions;
using Inkstone.Configuration;
using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Content.Notebooks;

/// <summary>
/// Reads a Jupyter notebook (<c>.ipynb</c>, nbformat 4) into a <see cref="Post"/> from its stored outputs; no kernel runs.
/// Its front matter is the notebook's metadata with, over it, a first raw or Markdown cell of YAML between <c>---</c>
/// lines, as Quarto reads it. Its body is Markdown written from the cells: Markdown cells as they are, so they go
/// through every stage a post's Markdown does, and code cells with their outputs as fenced blocks and HTML
/// (<see cref="NotebookOutputWriter"/>). The post remembers where each body line was written (<see cref="NotebookSource"/>).
/// </summary>
internal static partial class NotebookReader
{
    /// <summary>Metadata that tools keep about the notebook, not about the post.</summary>
    private static readonly HashSet<string> ToolMetadata = new(StringComparer.OrdinalIgnoreCase)
    {
        "kernelspec", "language_info", "widgets", "vscode", "colab", "jupytext", "toc", "varInspector", "interpreter", "celltoolbar", "nbformat", "accelerator", "gpuClass",
    };

    public static bool IsNotebook(string path) => path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase);

    /// <param name="words">The theme's words for folded cells, in the notebook's language (its <c>lang</c>, or its name's: <c>nb.en.ipynb</c>).</param>
    public static Post? Read(string path, byte[] bytes, PostKind kind, SiteConfig config, InterfaceLanguages words, DiagnosticBag diagnostics, bool bundles = true, bool datedNames = true)
    {
        if (PostReader.Decode(path, bytes, diagnostics) is not { } text)
        {
            return null;
        }

        var source = new SourceText(path, text);
        var (root, _, failure) = JsonDataReader.ReadObject(source);
        if (failure is not null || root is null)
        {
            diagnostics.Error(DiagnosticIds.NotebookMalformed, failure?.Location ?? SourceLocation.File(path), $"The notebook is not valid JSON: {failure?.Message}",
                "Open it in Jupyter and save it again; a notebook merged by hand often keeps a conflict marker or a missing comma.");
            return null;
        }

        if (!IsVersion4(root, path, diagnostics))
        {
            return null;
        }

        var metadata = root["metadata"] as DataMap;
        var language = Language(metadata);
        var cells = root["cells"] as DataList;
        if (cells is null)
        {
            diagnostics.Error(DiagnosticIds.NotebookMalformed, (root["cells"] ?? root).Location, "The notebook has no list of 'cells'.",
                "An nbformat 4 notebook is an object with 'cells', 'metadata', 'nbformat' and 'nbformat_minor'; open it in Jupyter and save it again.");
            return null;
        }

        var body = new NotebookMarkdown();
        var attachments = new List<NotebookAttachment>();
        var frontMatter = FrontMatterFromMetadata(metadata, path);
        for (var i = 0; i < cells.Items.Count; i++)
        {
            var number = i + 1;
            if (cells.Items[i] is not DataMap cell || (cell["cell_type"] as DataScalar)?.Text is not { } type)
            {
                diagnostics.Warning(DiagnosticIds.NotebookCellMalformed, cells.Items[i].Location, $"Cell {number} has no 'cell_type'; it is left out.",
                    "A cell is an object with a 'cell_type' (markdown, code or raw) and a 'source'.");
                continue;
            }

            if (cell["source"] is null)
            {
                diagnostics.Warning(DiagnosticIds.NotebookCellMalformed, cell.Location, $"Cell {number} has no 'source'; it is left out.",
                    "Every cell has a 'source': a string, or a list of its lines.");
                continue;
            }

            var lines = NotebookText.Lines(cell["source"]);
            if (i == 0 && type is "raw" or "markdown" && FrontMatterCell(lines) is { } yaml)
            {
                var values = YamlDataReader.Read(source, string.Join("\n", lines.Skip(yaml.Start).Take(yaml.Count).Select(l => l.Text)), yaml.Count > 0 ? lines[yaml.Start].Line : cell.Location.Line, diagnostics);
                frontMatter = Merge(frontMatter, values);
                lines = type == "markdown" ? lines.Skip(yaml.Start + yaml.Count + 1).ToList() : [];
            }

            switch (type)
            {
                case "markdown":
                    Markdown(body, cell, lines, number, attachments);
                    break;
                case "code":
                    var folds = words.For((frontMatter["lang"] ?? frontMatter["language"]) is DataScalar lang ? lang.Text : Path.GetExtension(Path.GetFileNameWithoutExtension(path)).TrimStart('.'));
                    Code(body, cell, lines, number, language, (folds.NotebookCode, folds.NotebookOutput), attachments, config.NotebookOutputLimit, path, diagnostics);
                    break;
            }
        }

        var document = new FrontMatterDocument(FrontMatterFormat.Json, frontMatter, 0);
        var post = PostReader.FromDocument(new SourceText(path, body.Text), document, kind, config, diagnostics, bundles, datedNames);
        return post with { Notebook = new NotebookSource(attachments, body.Lines, source) };
    }

    private static bool IsVersion4(DataMap root, string path, DiagnosticBag diagnostics)
    {
        var version = root["nbformat"] as DataScalar;
        if (version?.Text == "4")
        {
            return true;
        }

        diagnostics.Error(DiagnosticIds.NotebookFormat, version?.Location ?? root.Location,
            version is null ? "The file has no 'nbformat' number, so it is not read as a notebook." : $"The notebook is in nbformat {version.Text}; Inkstone reads nbformat 4.",
            "Open it in Jupyter (or run 'jupyter nbconvert --to notebook') and save it again: it is written as nbformat 4.");
        return false;
    }

    /// <summary>The kernel's language, for highlighting code cells: the kernelspec's, else the language_info's.</summary>
    private static string Language(DataMap? metadata)
    {
        var name = ((metadata?["kernelspec"] as DataMap)?["language"] as DataScalar)?.Text
            ?? ((metadata?["language_info"] as DataMap)?["name"] as DataScalar)?.Text;
        return string.IsNullOrWhiteSpace(name) ? "text" : name.Trim().ToLowerInvariant();
    }

    private static DataMap FrontMatterFromMetadata(DataMap? metadata, string path) =>
        metadata is null
            ? DataMap.Empty(path)
            : new DataMap(metadata.Entries.Where(e => !ToolMetadata.Contains(e.Key)).ToList(), metadata.Location);

    private static DataMap Merge(DataMap under, DataMap over) =>
        new(under.Entries.Where(e => over[e.Key] is null).Concat(over.Entries).ToList(), over.Entries.Count > 0 ? over.Location : under.Location);

    /// <summary>The YAML lines of a first cell that opens with a <c>---</c> line and closes with one: where they start, and how many.</summary>
    private static (int Start, int Count)? FrontMatterCell(IReadOnlyList<SourceLine> lines)
    {
        var first = 0;
        while (first < lines.Count && string.IsNullOrWhiteSpace(lines[first].Text))
        {
            first++;
        }

        if (first >= lines.Count || lines[first].Text.TrimEnd() != "---")
        {
            return null;
        }

        for (var i = first + 1; i < lines.Count; i++)
        {
            if (lines[i].Text.TrimEnd() is "---" or "...")
            {
                return (first + 1, i - first - 1);
            }
        }

        return null;
    }

    private static void Markdown(NotebookMarkdown body, DataMap cell, IReadOnlyList<SourceLine> lines, int number, List<NotebookAttachment> attachments)
    {
        var names = CellAttachments(cell, number, attachments);
        var at = new LineOrigin(cell.Location.Line, cell.Location.Column, number);
        body.Line("", at);
        foreach (var line in lines)
        {
            var text = names.Count == 0 ? line.Text : AttachmentReference().Replace(line.Text, m => names.GetValueOrDefault(Uri.UnescapeDataString(m.Groups[1].Value)) ?? m.Value);
            body.Line(line with { Text = text }, number);
        }

        body.Line("", at);
    }

    /// <summary>Images pasted into a Markdown cell (<c>![](attachment:image.png)</c>), published beside the page; their new names by old.</summary>
    private static Dictionary<string, string> CellAttachments(DataMap cell, int number, List<NotebookAttachment> attachments)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (cell["attachments"] is not DataMap files)
        {
            return names;
        }

        foreach (var (name, value) in files.Entries)
        {
            if (value is DataMap forms && (forms["image/png"] ?? forms["image/jpeg"]) is DataScalar data)
            {
                var buffer = new byte[data.Text.Length];
                if (Convert.TryFromBase64String(new string(data.Text.Where(c => !char.IsWhiteSpace(c)).ToArray()), buffer, out var written))
                {
                    var bytes = buffer[..written];
                    var extension = forms["image/png"] is not null ? "png" : "jpg";
                    var file = $"cell{number}-{XxHash64.HashToUInt64(bytes):x16}"[..^8] + "." + extension;
                    attachments.Add(new NotebookAttachment(file, bytes, null, null));
                    names[name] = file;
                }
            }
        }

        return names;
    }

    private static void Code(NotebookMarkdown body, DataMap cell, IReadOnlyList<SourceLine> source, int number, string language, (string Code, string Output) folds, List<NotebookAttachment> attachments, int limit, string path, DiagnosticBag diagnostics)
    {
        var (options, shown) = CellOptions.Read(cell, source);
        var outputs = (cell["outputs"] as DataList)?.Items ?? [];
        var showInput = !options.RemoveInput && shown.Any(l => !string.IsNullOrWhiteSpace(l.Text));
        var showOutput = !options.RemoveOutput && outputs.Count > 0;
        if (options.Remove || (!showInput && !showOutput))
        {
            return;
        }

        var at = new LineOrigin(cell.Location.Line, cell.Location.Column, number);
        var count = (cell["execution_count"] as DataScalar) is { Quoted: false, Text.Length: > 0 } n ? $"<span class=\"nb-count\">[{n.Text}]</span>" : "";
        body.Line("", at);
        body.Line("<div class=\"nb-cell\">", at);
        if (showInput)
        {
            body.Line(options.HideInput ? $"<details class=\"nb-input nb-fold\"><summary>{folds.Code}{count}</summary>" : $"<div class=\"nb-input\">{count}", at);
            body.Fence(language, shown, number, at);
            body.Line(options.HideInput ? "</details>" : "</div>", at);
        }

        if (showOutput)
        {
            body.Line(options.HideOutput ? $"<details class=\"nb-outputs nb-fold\"><summary>{folds.Output}</summary>" : "<div class=\"nb-outputs\">", at);
            new NotebookOutputWriter(path, number, body, attachments, limit, diagnostics).Write(outputs);
            body.Line(options.HideOutput ? "</details>" : "</div>", at);
        }

        body.Line("</div>", at);
        body.Line("", at);
    }

    [GeneratedRegex(@"attachment:([^\s)""']+)")]
    private static partial Regex AttachmentReference();
}
