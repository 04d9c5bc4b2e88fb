namespace Inkstone.Building;

/// <summary>Copies the theme's assets, the site's static folders and the files published beside posts (bundles, asset folders).</summary>
internal sealed class StaticStage : IBuildStage
{
    public string Name => "static";

    public void Run(BuildContext context)
    {
        var site = context.Site;
        foreach (var (path, bytes) in site.Theme.Assets())
        {
            context.Output.Write(path, bytes);
        }

        // The images the image stage published in place of the originals (variants, sanitized SVGs).
        var processed = context.ImagesIfMade?.Published ?? ProcessedImages.None.Published;
        foreach (var (output, file) in context.Content.StaticFiles.Where(f => !processed.Contains(f.Key)))
        {
            context.Output.Copy(output, () => site.Files.OpenRead(file));
        }

        // The images of a notebook's outputs, beside its page.
        foreach (var post in context.Rendered.Posts.Concat(context.Rendered.Pages).Select(p => p.Post).Where(p => p.Notebook is not null))
        {
            foreach (var attachment in post.Notebook!.Attachments)
            {
                context.Output.Write(post.AssetUrl.TrimStart('/') + attachment.FileName, attachment.Bytes);
            }
        }

        // A bundle's translations (index.md and index.en.md) share its files, each beside its own page.
        var bundles = context.Rendered.Posts.Concat(context.Rendered.Pages).Where(p => p.Post.BundleDirectory is not null)
            .GroupBy(p => p.Post.BundleDirectory!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Post.AssetUrl).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var folders = bundles.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var file in context.Content.BundleFiles)
        {
            if (Content.ContentLoader.OwningBundle(file, folders) is { } bundle && bundles.TryGetValue(bundle, out var urls))
            {
                foreach (var url in urls)
                {
                    var output = url.TrimStart('/') + file[(bundle.Length + 1)..];
                    if (!processed.Contains(output))
                    {
                        context.Output.Copy(output, () => site.Files.OpenRead(file));
                    }
                }
            }
        }
    }
}
