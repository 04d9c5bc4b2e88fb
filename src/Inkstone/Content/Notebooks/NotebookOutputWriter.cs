using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Content.Notebooks;

/// <summary>
/// Writes the stored outputs of one code cell into a notebook's Markdown body: streams and plain text as terminal
/// output (<c>ansi</c> fences, so escape colours show), errors with their tracebacks, HTML sanitized, LaTeX as a
/// <c>math</c> fence, Markdown as it is, and images as files beside the page. Of an output's several forms the
/// richest the page can show is taken.
/// </summary>
internal sealed class NotebookOutputWriter(string path, int cell, NotebookMarkdown body, List<NotebookAttachment> attachments, int limit, DiagnosticBag diagnostics)
{
    /// <summary>The forms of a rich output in the order they are preferred.</summary>
    private static readonly string[] Preferred = ["text/html", "text/latex", "image/svg+xml", "image/png", "image/jpeg", "text/markdown", "text/plain"];

    public void Write(IReadOnlyList<DataNode> outputs)
    {
        for (var k = 0; k < outputs.Count; k++)
        {
            var output = outputs[k] as DataMap;
            var at = Origin(outputs[k]);
            var type = (output?["output_type"] as DataScalar)?.Text;
            switch (type)
            {
                case "stream":
                    // Jupyter shows consecutive writes to one stream as one block.
                    var name = (output!["name"] as DataScalar)?.Text == "stderr" ? "stderr" : "stdout";
                    var lines = new List<SourceLine>(NotebookText.Lines(output["text"]));
                    while (k + 1 < outputs.Count && outputs[k + 1] is DataMap next && (next["output_type"] as DataScalar)?.Text == "stream"
                        && ((next["name"] as DataScalar)?.Text == "stderr" ? "stderr" : "stdout") == name)
                    {
                        lines.AddRange(NotebookText.Lines(next["text"]));
                        k++;
                    }

                    Terminal("nb-stream nb-" + name, lines, at, k + 1);
                    break;
                case "execute_result" or "display_data" when output!["data"] is DataMap data:
                    Rich(data, output["metadata"] as DataMap, at, k + 1);
                    break;
                case "error":
                    var traceback = output!["traceback"] is DataList { Items.Count: > 0 } list
                        ? list.Items.OfType<DataScalar>().SelectMany(s => s.Text.Split('\n').Select(t => new SourceLine(t, s.Location.Line, s.Location.Column + 1))).ToList()
                        : [new SourceLine($"{(output["ename"] as DataScalar)?.Text}: {(output["evalue"] as DataScalar)?.Text}", at.Line, at.Column)];
                    Terminal("nb-error", traceback, at, k + 1);
                    break;
                default:
                    diagnostics.Warning(DiagnosticIds.NotebookCellMalformed, outputs[k].Location,
                        type is null ? $"Output {k + 1} of cell {cell} has no 'output_type'; it is left out." : $"Output {k + 1} of cell {cell} is of a type Inkstone does not know ('{type}'); it is left out.",
                        "An output is a stream, an execute_result, a display_data (with its 'data') or an error; run the cell again in Jupyter to rewrite it.");
                    break;
            }
        }
    }

    private void Rich(DataMap data, DataMap? metadata, LineOrigin at, int index)
    {
        foreach (var mime in Preferred)
        {
            if (data[mime] is not { } value)
            {
                continue;
            }

            // A chart drawn by script shows nothing without it: its picture says more.
            if (mime == "text/html" && NotebookText.Join(value).Contains("<script", StringComparison.OrdinalIgnoreCase) && Preferred.Skip(2).SkipLast(2).Any(m => data[m] is not null))
            {
                continue;
            }

            switch (mime)
            {
                case "text/html":
                    Html(value, index);
                    return;
                case "text/latex":
                    Latex(value, at);
                    return;
                case "text/markdown":
                    body.Line("<div class=\"nb-output nb-markdown\">", at);
                    body.Line("", at);
                    foreach (var line in NotebookText.Lines(value))
                    {
                        body.Line(line, cell);
                    }

                    body.Line("", at);
                    body.Line("</div>", at);
                    return;
                case "text/plain":
                    Terminal("nb-result", NotebookText.Lines(value), at, index);
                    return;
                default:
                    if (Image(mime, value, metadata?[mime] as DataMap, data["text/plain"], at, index))
                    {
                        return;
                    }

                    break;
            }
        }
    }

    private void Terminal(string kind, IReadOnlyList<SourceLine> lines, LineOrigin at, int index)
    {
        lines = Overwritten(lines);
        var (kept, cut) = Cut(lines, index, at);
        body.Line($"<div class=\"nb-output {kind}\">", at);
        body.Fence("ansi", kept, cell, at);
        Note(cut, at);
        body.Line("</div>", at);
    }

    private void Html(DataNode value, int index)
    {
        var at = Origin(value);
        var html = HtmlSanitizer.Sanitize(NotebookText.Join(value), limit);
        if (html.Unsafe)
        {
            diagnostics.Warning(DiagnosticIds.NotebookUnsafeOutput, value.Location,
                $"The HTML of output {index} of cell {cell} holds script, event handlers or addresses of other hosts; they are left out.",
                "Pages load nothing from other hosts and run no script of a post's; show the output as a table or an image.");
        }

        if (html.Cut)
        {
            ReportCut(value.Location, index);
        }

        // An HTML block of Markdown ends at a blank line: a blank line of the output (in a <pre>) becomes an empty comment.
        body.Line("<div class=\"nb-output nb-html\">", at);
        foreach (var line in html.Text.Split('\n'))
        {
            body.Line(string.IsNullOrWhiteSpace(line) ? "<!---->" : line, at);
        }

        Note(html.Cut ? -1 : 0, at);
        body.Line("</div>", at);
    }

    private void Latex(DataNode value, LineOrigin at)
    {
        var lines = NotebookText.Lines(value).ToList();
        var text = string.Join("\n", lines.Select(l => l.Text)).Trim();
        foreach (var (open, close) in new[] { ("$$", "$$"), ("\\[", "\\]"), ("$", "$"), ("\\(", "\\)") })
        {
            if (text.Length > open.Length + close.Length && text.StartsWith(open, StringComparison.Ordinal) && text.EndsWith(close, StringComparison.Ordinal))
            {
                text = text[open.Length..^close.Length];
                break;
            }
        }

        var first = lines.Count > 0 ? lines[0] : new SourceLine("", at.Line, at.Column);
        var formula = text.Trim().Split('\n').Select((t, i) => i < lines.Count ? lines[i] with { Text = t } : new SourceLine(t, first.Line, first.Column)).ToList();
        body.Line("<div class=\"nb-output nb-latex\">", at);
        body.Fence("math", formula, cell, at);
        body.Line("</div>", at);
    }

    private bool Image(string mime, DataNode value, DataMap? metadata, DataNode? plain, LineOrigin at, int index)
    {
        byte[]? bytes;
        string extension;
        if (mime == "image/svg+xml")
        {
            var svg = SvgSanitizer.Sanitize(NotebookText.Join(value));
            if (svg?.Unsafe == true)
            {
                diagnostics.Warning(DiagnosticIds.NotebookUnsafeOutput, value.Location,
                    $"The SVG of output {index} of cell {cell} holds script, event handlers or references to other files; they are left out.",
                    "Save the figure without them; matplotlib's SVG needs none.");
            }

            bytes = svg is null ? null : Encoding.UTF8.GetBytes(svg.Text);
            extension = "svg";
        }
        else
        {
            var text = NotebookText.Join(value);
            var buffer = new byte[text.Length];
            bytes = Convert.TryFromBase64String(new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()), buffer, out var written) ? buffer[..written] : null;
            extension = mime == "image/png" ? "png" : "jpg";
            if (bytes is not null && !(mime == "image/png" ? bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) : bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8])))
            {
                bytes = null;
            }
        }

        if (bytes is null)
        {
            diagnostics.Warning(DiagnosticIds.NotebookImageUnreadable, value.Location,
                $"Output {index} of cell {cell} says it is {mime} but cannot be read as one; it is left out.",
                mime == "image/svg+xml" ? "An SVG output is one <svg> document in the SVG namespace." : "The image should be base64 of the file's bytes, as Jupyter stores it; run the cell again.");
            return false;
        }

        var name = $"cell{cell}-{index}-{XxHash64.HashToUInt64(bytes):x16}"[..^8] + "." + extension;
        attachments.Add(new NotebookAttachment(name, bytes, Dimension(metadata?["width"]), Dimension(metadata?["height"])));
        var description = NotebookText.Join(plain).Trim();
        var alt = description.Length == 0 || description.StartsWith('<') ? $"Figure from cell {cell}" : description.Split('\n')[0];
        body.Line("<div class=\"nb-output nb-image\">", at);
        body.Line("", at);
        body.Line($"![{EscapeAlt(alt)}]({name})", at);
        body.Line("", at);
        body.Line("</div>", at);
        return true;
    }

    private static int? Dimension(DataNode? node) =>
        node is DataScalar s && double.TryParse(s.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 100_000 ? (int)System.Math.Round(value) : null;

    private static string EscapeAlt(string alt)
    {
        var escaped = new StringBuilder(alt.Length);
        foreach (var c in alt)
        {
            if (c is '\\' or '[' or ']' or '*' or '_' or '`' or '<' or '>' or '!' or '$')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>What a terminal shows of text written with carriage returns (a progress bar): each line's last rewrite.</summary>
    private static List<SourceLine> Overwritten(IReadOnlyList<SourceLine> lines) =>
        lines.Select(l => l.Text.Contains('\r', StringComparison.Ordinal) ? l with { Text = LastRewrite(l.Text) } : l).ToList();

    private static string LastRewrite(string line)
    {
        var trimmed = line.TrimEnd('\r');
        var at = trimmed.LastIndexOf('\r');
        return at < 0 ? trimmed : trimmed[(at + 1)..];
    }

    /// <summary>The lines that fit in the limit, and how many characters were left out.</summary>
    private (IReadOnlyList<SourceLine> Kept, int Cut) Cut(IReadOnlyList<SourceLine> lines, int index, LineOrigin at)
    {
        var total = lines.Sum(l => l.Text.Length + 1);
        if (total <= limit)
        {
            return (lines, 0);
        }

        var kept = new List<SourceLine>();
        var size = 0;
        foreach (var line in lines)
        {
            if (size + line.Text.Length + 1 > limit)
            {
                if (kept.Count == 0)
                {
                    kept.Add(line with { Text = line.Text[..limit] });
                    size = limit;
                }

                break;
            }

            kept.Add(line);
            size += line.Text.Length + 1;
        }

        ReportCut(new SourceLocation(path, at.Line, at.Column), index);
        return (kept, total - size);
    }

    private void ReportCut(SourceLocation location, int index) =>
        diagnostics.Warning(DiagnosticIds.NotebookOutputCut, location,
            $"Output {index} of cell {cell} is longer than the {limit:N0} characters shown of an output; the rest is cut.",
            "Print less (the head of a table, a summary), or raise 'notebooks: { output_limit: N }' in inkstone.yml.");

    /// <summary>The note where an output was cut: how much was left out, when known.</summary>
    private void Note(int cut, LineOrigin at)
    {
        if (cut != 0)
        {
            body.Line(cut > 0
                ? $"<p class=\"nb-cut\">Output cut: {cut.ToString("N0", CultureInfo.InvariantCulture)} more characters are not shown.</p>"
                : "<p class=\"nb-cut\">Output cut: the rest is not shown.</p>", at);
        }
    }

    private LineOrigin Origin(DataNode node) => new(node.Location.Line, node.Location.Column, cell);
}
