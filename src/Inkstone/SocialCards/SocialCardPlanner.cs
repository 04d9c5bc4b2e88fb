using System.Globalization;
using System.IO.Hashing;
using Inkstone.Hashing;
using Inkstone.Images;

namespace Inkstone.SocialCards;

/// <summary>Names a post's card by what it draws, before anything is drawn, so pages can link it and a cached card is found by its name.</summary>
internal static class SocialCardPlanner
{
    /// <summary>The folder every card is published in.</summary>
    public const string Folder = "social-cards/";

    /// <param name="fontDigest">A digest of the site's font file's bytes; empty when cards are drawn in installed faces.</param>
    public static SocialCard Plan(CardText text, CardStyle style, string fontDigest)
    {
        var key = Key(text, style, fontDigest);
        return new SocialCard(text, key, Folder + key[..20] + ".png");
    }

    /// <summary>A digest of everything that decides a card's pixels: its text, the style, the font file, its size, the drawer and libvips.</summary>
    public static string Key(CardText text, CardStyle style, string fontDigest)
    {
        var hash = new XxHash128();
        foreach (var part in new[]
        {
            text.SiteName, text.Title, text.Category ?? "", text.Date, style.Font, style.Background, style.Text, style.Muted, style.Accent, fontDigest,
            string.Create(CultureInfo.InvariantCulture, $"{CardDrawer.Width}x{CardDrawer.Height}"), CardDrawer.Revision, VipsLibrary.Version,
        })
        {
            hash.AppendText(part);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
