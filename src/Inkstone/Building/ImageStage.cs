using System.Collections.Concurrent;
using Inkstone.Content.Notebooks;
using Inkstone.Diagnostics;
using Inkstone.Images;

namespace Inkstone.Building;

/// <summary>
/// Publishes the images posts show (<see cref="Markdown.RenderedPost.Images"/>): each raster image's variants, from the
/// cache when an earlier build made them, else encoded with libvips; each SVG sanitized. Its time is the
/// <c>images</c> line of <c>--timings</c>.
/// </summary>
internal sealed class ImageStage : IBuildStage
{
    public string Name => "images";

    public void Run(BuildContext context)
    {
        var settings = context.Site.Config.Images;
        var uses = context.Rendered.Posts.Concat(context.Rendered.Pages).SelectMany(p => p.Images)
            .GroupBy(u => (u.File, u.OutputPath)).Select(g => g.ToList()).ToList(); // a translated bundle publishes its files beside each translation
        if (!settings.Enabled || uses.Count == 0)
        {
            context.Set(ProcessedImages.None);
            return;
        }

        var published = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var rasters = uses.Where(u => ImageFormats.OfFileName(u[0].File) != ImageFormat.Svg).ToList();
        foreach (var svg in uses.Where(u => ImageFormats.OfFileName(u[0].File) == ImageFormat.Svg))
        {
            PublishSvg(svg[0], context, published);
        }

        if (rasters.Count > 0 && !VipsLibrary.Available)
        {
            context.Diagnostics.Warning(DiagnosticIds.ImageLibraryMissing, SourceLocation.File(Configuration.SiteConfigLoader.FileName),
                "libvips could not be loaded on this machine, so images are published as they are, without resized variants.",
                "Inkstone's packages carry libvips for Linux, macOS and Windows on x64 and Arm64; on another platform set image_processing: false.");
            context.Set(new ProcessedImages(published.Keys.ToHashSet(StringComparer.Ordinal), 0, 0));
            return;
        }

        if (context.Options.Checking)
        {
            // `inkstone check` writes nothing, and every image was read to its last pixel while its post rendered.
            context.Set(ProcessedImages.None);
            return;
        }

        var store = context.CacheDirectory is { } cache ? new ImageStore(Path.Combine(cache, "images")) : null;
        var encoded = 0;
        var fromCache = 0;
        // libvips runs each image on threads of its own; two images at a time keep both cores busy on small images
        // without holding more than two images' widest variants.
        Parallel.ForEach(rasters, new ParallelOptions { MaxDegreeOfParallelism = System.Math.Max(1, Environment.ProcessorCount / 2) }, group =>
        {
            switch (PublishRaster(group, settings, store, context, published))
            {
                case true:
                    Interlocked.Increment(ref encoded);
                    break;
                case false:
                    Interlocked.Increment(ref fromCache);
                    break;
            }
        });

        store?.Prune(DateTime.UtcNow);
        context.Set(new ProcessedImages(published.Keys.ToHashSet(StringComparer.Ordinal), encoded, fromCache));
    }

    /// <returns>True when the image was encoded, false when its variants came from the cache, null when it is published as it is.</returns>
    private static bool? PublishRaster(List<ImageUse> uses, Configuration.ImageSettings settings, ImageStore? store, BuildContext context, ConcurrentDictionary<string, byte> published)
    {
        var use = uses[0];
        var bytes = context.Site.Files.ReadAllBytes(use.File);
        if (ImageInspector.Header(bytes).Facts is not { Animated: false } facts)
        {
            return null; // Reported while the post rendered, and published as it is by the static stage.
        }

        var plan = ImagePlanner.Plan(use.File, use.OutputPath, bytes, facts, settings);
        if (store?.Find(plan) is { } cached)
        {
            foreach (var (variant, file) in cached)
            {
                context.Output.Copy(variant.OutputPath, () => File.OpenRead(file));
            }

            context.Output.Copy(plan.OutputPath, () => File.OpenRead(cached.First(c => c.Variant == plan.Largest).File));
            published.TryAdd(plan.OutputPath, 0);
            return false;
        }

        IReadOnlyList<(string Path, byte[] Bytes)> files;
        try
        {
            files = ImageEncoder.Encode(bytes, plan);
        }
        catch (NetVips.VipsException e)
        {
            foreach (var at in uses)
            {
                context.Diagnostics.Warning(DiagnosticIds.ImageUnreadable, at.Location, $"The image '{use.File}' is published as it is: libvips could not make its variants: {e.Message.Split('\n')[0]}.",
                    "Open it in an image editor and save it again, or replace it.");
            }

            // The page names the variants already: each is the original, which browsers show whatever its name says.
            files = [.. plan.Variants.Select(v => (v.OutputPath, bytes)), (plan.OutputPath, bytes)];
            store = null;
        }

        foreach (var (path, content) in files)
        {
            context.Output.Write(path, content);
        }

        store?.Save(plan, files);
        published.TryAdd(plan.OutputPath, 0);
        return true;
    }

    private static void PublishSvg(ImageUse use, BuildContext context, ConcurrentDictionary<string, byte> published)
    {
        var sanitized = SvgSanitizer.Sanitize(System.Text.Encoding.UTF8.GetString(context.Site.Files.ReadAllBytes(use.File)));
        if (sanitized is not null)
        {
            context.Output.WriteText(use.OutputPath, sanitized.Text);
        }

        // An SVG that does not read as one is not published: its markup could hold anything.
        published.TryAdd(use.OutputPath, 0);
    }
}
