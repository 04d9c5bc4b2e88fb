using System.Globalization;
using System.Net;

namespace Inkstone.Markdown.Pseudocode;

/// <summary>A pseudocode block as its markup shows it: what the compiled renderer writes and the render hook's model.</summary>
internal sealed record PseudocodeView(string? Id, string? CaptionHtml, int? Number, string? Label, bool LineNumbers, IReadOnlyList<PseudocodeLineView> Lines, string Tex)
{
    public static PseudocodeView Of(PseudocodeBlock block)
    {
        string? caption = null;
        if (block.Number is { } number)
        {
            var word = block.Words.Algorithm;
            var mark = block.Caption is null ? "" : block.Words.CaptionColon.TrimEnd();
            var space = block.Caption is not null && block.Words.CaptionColon.EndsWith(' ') ? " " : "";
            caption = $"<span class=\"pseudocode__tag\">{word} {number.ToString(CultureInfo.InvariantCulture)}{mark}</span>{space}{(block.Caption is null ? "" : PseudocodeHtml.Of(block.Caption))}";
        }

        var lines = block.Typeset.Select(line => new PseudocodeLineView(
            block.NumberEvery > 0 && line.Number is { } n && n % block.NumberEvery == 0 ? n : null,
            line.Depth,
            PseudocodeHtml.Of(line.Text),
            line.Comment is null ? null : PseudocodeHtml.Of(line.Comment),
            line.Id)).ToList();
        return new PseudocodeView(block.Id, caption, block.Number, block.Label, block.NumberEvery > 0, lines, block.Source);
    }

    /// <summary>The hook's model (<c>render/pseudocode.liquid</c>).</summary>
    public Dictionary<string, object?> Model() => new()
    {
        ["id"] = Id,
        ["caption_html"] = CaptionHtml,
        ["number"] = Number,
        ["label"] = Label,
        ["line_numbers"] = LineNumbers,
        ["tex"] = Tex,
        ["lines"] = Lines.Select(line => new Dictionary<string, object?>
        {
            ["number"] = line.Number,
            ["depth"] = line.Depth,
            ["html"] = line.Html,
            ["comment_html"] = line.CommentHtml,
            ["id"] = line.Id,
        }).ToList(),
    };

    public string Html()
    {
        var html = new System.Text.StringBuilder("<figure class=\"pseudocode\"");
        if (Id is not null)
        {
            html.Append(" id=\"").Append(WebUtility.HtmlEncode(Id)).Append('"');
        }

        html.Append('>');
        if (CaptionHtml is not null)
        {
            html.Append("<figcaption class=\"pseudocode__caption\">").Append(CaptionHtml).Append("</figcaption>");
        }

        html.Append("<ol class=\"pseudocode__lines\">");
        foreach (var line in Lines)
        {
            html.Append("<li class=\"pseudocode__line\"");
            if (line.Id is not null)
            {
                html.Append(" id=\"").Append(WebUtility.HtmlEncode(line.Id)).Append('"');
            }

            html.Append('>');
            if (LineNumbers)
            {
                html.Append("<span class=\"pseudocode__ln\">").Append(line.Number?.ToString(CultureInfo.InvariantCulture)).Append("</span>");
            }

            html.Insert(html.Length, "<span class=\"pseudocode__indent\"></span>", line.Depth);
            html.Append("<span class=\"pseudocode__text\">").Append(line.Html);
            if (line.CommentHtml is not null)
            {
                html.Append("<span class=\"pseudocode__comment\">").Append(line.CommentHtml).Append("</span>");
            }

            html.Append("</span></li>");
        }

        return html.Append("</ol></figure>").ToString();
    }
}

/// <summary>A line as shown: the number shown (null when none is), its depth, its HTML and its comment's.</summary>
internal sealed record PseudocodeLineView(int? Number, int Depth, string Html, string? CommentHtml, string? Id);
