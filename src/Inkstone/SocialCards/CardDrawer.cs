using System.Collections.Concurrent;
using System.Globalization;
using NetVips;

namespace Inkstone.SocialCards;

/// <summary>
/// Draws a post's Open Graph card with libvips: the theme's background, an accent bar along the top, the site's
/// name, the title (at most three lines, smaller when it needs more than two, cut with an ellipsis when it needs
/// more than three) and the category with the date at the foot, each set by Pango in the theme's font, so CJK and
/// Latin text wrap and shape as a browser would set them. One drawer serves a build's threads.
/// </summary>
internal sealed class CardDrawer(CardStyle style)
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Part of every card's key: raise it when the drawing changes, so cached cards are drawn again.</summary>
    public const string Revision = "1";

    private const int Margin = 80;
    private const int Measure = Width - (2 * Margin);
    private const int BarHeight = 14;
    private const int TitleTop = 156;
    private const string Ellipsis = "…";

    // PNG's deflate at level 6, not the 9 of post images: on a card, 9 cost 13 ms more (about half the card's time)
    // for files a quarter smaller (32 KiB against 43), and 10,000 posts draw 10,000 cards. A palette (8-bit) PNG
    // was smaller again (19 KiB) but tripled the time. (bench: --social-card-cost)

    // The height of one line at each size: a line count is a text's height over it.
    private readonly ConcurrentDictionary<(int Size, bool Bold), int> _lineHeights = new();

    /// <summary>The card as a PNG, and where its text went.</summary>
    /// <exception cref="VipsException">libvips or Pango failed.</exception>
    public (byte[] Png, CardLayout Layout) Draw(CardText text)
    {
        var blocks = new List<CardBlock>();
        var pieces = new List<(Image Image, int X, int Y)>();
        try
        {
            var (name, nameBlock) = Set("site", text.SiteName, 30, bold: true, style.Accent, maxLines: 1, Margin, 64);
            pieces.Add((name, Margin, 64));
            blocks.Add(nameBlock);

            var (title, titleBlock) = SetTitle(text.Title);
            pieces.Add((title, Margin, TitleTop));
            blocks.Add(titleBlock);

            var foot = text.Category is { Length: > 0 } category ? $"{category}  ·  {text.Date}" : text.Date;
            var footTop = Height - Margin + 8 - LineHeight(28, bold: false);
            var (footImage, footBlock) = Set("footer", foot, 28, bold: false, style.Muted, maxLines: 1, Margin, footTop);
            pieces.Add((footImage, Margin, footTop));
            blocks.Add(footBlock);

            using var background = Image.Black(Width, Height, bands: 3).NewFromImage(CardStyle.Rgb(style.Background)).Cast(Enums.BandFormat.Uchar);
            using var bar = Image.Black(Width, BarHeight, bands: 3).NewFromImage(CardStyle.Rgb(style.Accent)).Cast(Enums.BandFormat.Uchar);
            var canvas = background.Insert(bar, 0, 0).Copy(interpretation: Enums.Interpretation.Srgb).Bandjoin(255);
            foreach (var (image, x, y) in pieces)
            {
                var next = canvas.Composite2(image, Enums.BlendMode.Over, x: x, y: y);
                canvas.Dispose();
                canvas = next;
            }

            using (canvas)
            using (var opaque = canvas.ExtractBand(0, n: 3))
            {
                return (opaque.PngsaveBuffer(compression: 6, keep: Enums.ForeignKeep.None), new CardLayout(Width, Height, blocks));
            }
        }
        finally
        {
            foreach (var (image, _, _) in pieces)
            {
                image.Dispose();
            }
        }
    }

    /// <summary>The title at 64 pixels when it fits in two lines, else at 52 in at most three.</summary>
    private (Image, CardBlock) SetTitle(string title)
    {
        var (large, block) = Set("title", title, 64, bold: true, style.Text, maxLines: 2, Margin, TitleTop);
        if (!block.Cut)
        {
            return (large, block);
        }

        large.Dispose();
        return Set("title", title, 52, bold: true, style.Text, maxLines: 3, Margin, TitleTop);
    }

    /// <summary>Sets <paramref name="text"/> wrapped to the card's measure; a text longer than <paramref name="maxLines"/> is cut at the longest start that fits with an ellipsis.</summary>
    private (Image, CardBlock) Set(string role, string text, int size, bool bold, string colour, int maxLines, int x, int y)
    {
        var image = Render(text, size, bold, colour);
        var lines = Lines(image, size, bold);
        if (lines <= maxLines)
        {
            return (image, new CardBlock(role, x, y, size, lines, false, text));
        }

        image.Dispose();
        var elements = TextElements(text);
        var (low, high) = (0, elements.Count - 1);
        Image? best = null;
        var bestText = Ellipsis;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var candidate = string.Concat(elements.Take(middle)).TrimEnd() + Ellipsis;
            var rendered = Render(candidate, size, bold, colour);
            if (Lines(rendered, size, bold) <= maxLines)
            {
                best?.Dispose();
                (best, bestText, low) = (rendered, candidate, middle + 1);
            }
            else
            {
                rendered.Dispose();
                high = middle - 1;
            }
        }

        best ??= Render(Ellipsis, size, bold, colour);
        return (best, new CardBlock(role, x, y, size, Lines(best, size, bold), true, bestText));
    }

    private Image Render(string text, int size, bool bold, string colour) =>
        Image.Text($"<span foreground=\"{colour}\">{Markup(text)}</span>", font: Font(size, bold), fontfile: style.FontFile,
            width: Measure, dpi: 72, rgba: true, wrap: Enums.TextWrap.WordChar);

    private string Font(int size, bool bold) => string.Create(CultureInfo.InvariantCulture, $"{style.Font}{(bold ? " Bold" : "")} {size}px");

    private int Lines(Image image, int size, bool bold) => System.Math.Max(1, (int)System.Math.Round((double)image.Height / LineHeight(size, bold)));

    private int LineHeight(int size, bool bold) => _lineHeights.GetOrAdd((size, bold), key =>
    {
        // Latin ascenders and descenders and a CJK character: the tallest line a title can have.
        using var line = Render("Ág国", key.Size, key.Bold, "#000000");
        return line.Height;
    });

    /// <summary>The text escaped for Pango's markup: a title's <c>&lt;</c> and <c>&amp;</c> are text, not markup.</summary>
    public static string Markup(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&apos;", StringComparison.Ordinal);

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }
}
