namespace Inkstone.Content.Notebooks;

/// <summary>
/// What a post read from a Jupyter notebook carries besides its Markdown body: the images its outputs hold, published
/// beside the page, and where each line of the body was written in the <c>.ipynb</c> file, so that a problem the
/// Markdown stage finds is reported at the notebook's own line and cell.
/// </summary>
/// <param name="File">The <c>.ipynb</c> file's text, to count a column past the escapes of its JSON strings.</param>
internal sealed record NotebookSource(IReadOnlyList<NotebookAttachment> Attachments, IReadOnlyList<LineOrigin> Lines, Data.SourceText File)
{
    /// <summary>The attachment a body names, such as <c>cell3-1-0a1b2c3d.png</c>; null for any other path.</summary>
    public NotebookAttachment? Attachment(string fileName) =>
        Attachments.FirstOrDefault(a => string.Equals(a.FileName, fileName, StringComparison.Ordinal));

    /// <summary>Where the body's 1-based <paramref name="line"/> came from; null past its end.</summary>
    public LineOrigin? Origin(int line) => line >= 1 && line <= Lines.Count ? Lines[line - 1] : null;

    /// <summary>The place in the <c>.ipynb</c> file of a place in the body, and its cell: the JSON string's line, and the column past its escapes.</summary>
    public (Diagnostics.SourceLocation Location, int Cell)? Locate(Diagnostics.SourceLocation body)
    {
        if (body.Line <= 0 || Origin(body.Line) is not { } origin)
        {
            return null;
        }

        // Each character of the string is one in the file, or an escape: \" and \\ are two, \u0041 six.
        var line = File.Line(origin.Line);
        var column = origin.Column;
        for (var i = 1; i < body.Column && column <= line.Length; i++)
        {
            column += line[column - 1] != '\\' ? 1 : column < line.Length && line[column] == 'u' ? 6 : 2;
        }

        return (body with { Line = origin.Line, Column = column }, origin.Cell);
    }
}
