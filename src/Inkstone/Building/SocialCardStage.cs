using System.Collections.Concurrent;
using System.IO.Hashing;
using Inkstone.Diagnostics;
using Inkstone.Images;
using Inkstone.Markdown;
using Inkstone.SocialCards;

namespace Inkstone.Building;

/// <summary>
/// Draws each post's Open Graph image (<see cref="CardDrawer"/>), unless the post has a <c>cover</c>, which is its
/// image instead. Each card is named by a digest of what it draws, found in <c>.inkstone/cache/social-cards/</c> when
/// an earlier build drew it, else drawn, on every core. Its time is the <c>social-cards</c> line of <c>--timings</c>.
/// Cards do not depend on <c>image_processing</c>: that setting is about a post's own images.
/// </summary>
internal sealed class SocialCardStage : IBuildStage
{
    public string Name => "social-cards";

    public void Run(BuildContext context)
    {
        var (config, posts) = (context.Site.Config, context.Rendered.Posts.Where(p => p.Post.Cover is null).ToList());
        if (!config.SocialCards.Enabled || posts.Count == 0)
        {
            context.Set(DrawnCards.None);
            return;
        }

        if (!VipsLibrary.Available)
        {
            context.Diagnostics.Warning(DiagnosticIds.SocialCardLibraryMissing, SourceLocation.File(Configuration.SiteConfigLoader.FileName),
                "libvips could not be loaded on this machine, so posts get no drawn Open Graph image.",
                "Inkstone's packages carry libvips for Linux, macOS and Windows on x64 and Arm64; on another platform set social_cards: false, or give posts a cover.");
            context.Set(DrawnCards.None);
            return;
        }

        var (style, fontDigest) = Style(context);
        var cards = new ConcurrentDictionary<string, SocialCard>(StringComparer.Ordinal);
        foreach (var rendered in posts)
        {
            var text = new CardText(config.Title, rendered.Post.Title, rendered.Post.Categories.FirstOrDefault(), Views(context, rendered).DisplayDate(rendered.Post.Date));
            cards[rendered.Post.SourcePath] = SocialCardPlanner.Plan(text, style, fontDigest);
        }

        var store = context.CacheDirectory is { } cache ? new ImageStore(Path.Combine(cache, "social-cards")) : null;
        var drawer = new CardDrawer(style);
        var (drawn, fromCache) = (0, 0);
        var unique = cards.Values.DistinctBy(c => c.Key).ToList();
        var failed = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);

        // Pango sets text under one lock, but the rest (compositing, PNG encoding) runs on every core.
        Parallel.ForEach(unique, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, card =>
        {
            if (store?.Find(card.Key, [CardFile]) is [var file])
            {
                context.Output.Copy(card.OutputPath, () => File.OpenRead(file));
                Interlocked.Increment(ref fromCache);
                return;
            }

            try
            {
                var (png, _) = drawer.Draw(card.Text);
                context.Output.Write(card.OutputPath, png);
                store?.Save(card.Key, [(CardFile, png)]);
                Interlocked.Increment(ref drawn);
            }
            catch (NetVips.VipsException e)
            {
                failed[card.Key] = e.Message.Split('\n')[0];
            }
        });

        foreach (var rendered in posts.Where(p => failed.ContainsKey(cards[p.Post.SourcePath].Key)))
        {
            context.Diagnostics.Warning(DiagnosticIds.SocialCardFailed, rendered.Post.Locate("title"),
                $"The post has no Open Graph image: libvips could not draw its card: {failed[cards[rendered.Post.SourcePath].Key]}.",
                "Give the post a cover image (cover: path/to/image.png), or set social_cards: false.");
            cards.TryRemove(rendered.Post.SourcePath, out _);
        }

        store?.Prune(DateTime.UtcNow);
        context.Set(new DrawnCards(cards, drawn, fromCache));
    }

    private const string CardFile = "card.png";

    /// <summary>The theme's style with the site's font over it, and a digest of the site's font file (empty for none).</summary>
    private static (CardStyle Style, string FontDigest) Style(BuildContext context)
    {
        var settings = context.Site.Config.SocialCards;
        var style = CardStyle.Read(context.Site.Theme.ReadEmbedded(CardStyle.FileName));
        style = settings.Font is { } font ? style with { Font = font } : style;
        if (settings.FontFile is not { } fontFile)
        {
            return (style, "");
        }

        if (!context.Site.Files.FileExists(fontFile))
        {
            context.Diagnostics.Warning(DiagnosticIds.SocialCardFontMissing, settings.FontFileLocation ?? SourceLocation.File(Configuration.SiteConfigLoader.FileName),
                $"social_cards.font_file names '{fontFile}', which the site does not have; cards are drawn in the font '{style.Font}'.",
                "Write the font file's path from the site's folder: font_file: fonts/MyFont.ttf, and name its family in social_cards.font.");
            return (style, "");
        }

        // libvips reads a font from a path, and the site's files may not be on disk: a copy named by its digest.
        var bytes = context.Site.Files.ReadAllBytes(fontFile);
        var digest = Convert.ToHexStringLower(XxHash128.Hash(bytes));
        var folder = Path.Combine(Path.GetTempPath(), "inkstone-fonts");
        var path = Path.Combine(folder, digest + Path.GetExtension(fontFile));
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(folder);
            var staging = path + ".tmp-" + Guid.NewGuid().ToString("N");
            File.WriteAllBytes(staging, bytes);
            File.Move(staging, path, overwrite: true);
        }

        return (style with { FontFile = path }, digest);
    }

    /// <summary>The model factory of the post's language, whose dates are written in that language.</summary>
    private static Templating.ViewModelFactory Views(BuildContext context, RenderedPost rendered) =>
        context.Lists.Languages.FirstOrDefault(l => l.Tree.Holds(rendered.Post))?.Views ?? context.Lists.Views;
}
