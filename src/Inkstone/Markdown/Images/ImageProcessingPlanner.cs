using System.Globalization;
using Inkstone.Content;
using Inkstone.Content.Notebooks;
using Inkstone.Diagnostics;
using Inkstone.Images;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.Images;

/// <summary>
/// Decides, while a post renders, how each of its images is published when <c>image_processing</c> is on: a raster
/// image becomes a <c>&lt;picture&gt;</c> of its variants (its <see cref="Picture"/> is put on the image for
/// <see cref="PictureRenderer"/>), an SVG is published sanitized, and an animated GIF as it is. The image
/// stage makes the files afterwards; what it needs is the <see cref="ImageUse"/> left on the image.
/// </summary>
internal static class ImageProcessingPlanner
{
    /// <returns>True when the image was planned here (its size and attributes set); false leaves it to be described as before.</returns>
    public static bool Plan(LinkInline image, string file, string outputPath, SourceLocation location, PostRenderContext context)
    {
        var settings = context.Config.Images;
        if (!settings.Enabled || ImageFormats.OfFileName(file) is not { } format)
        {
            return false;
        }

        var use = new ImageUse(file, outputPath, location);
        if (format == ImageFormat.Svg)
        {
            CheckSvg(file, location, context);
            image.SetData(typeof(ImageUse), use);
            return false;
        }

        if (!VipsLibrary.Available)
        {
            // The image stage says once that libvips is missing; the image is published as it is.
            image.SetData(typeof(ImageUse), use);
            return false;
        }

        var inspection = context.ImageInspections.GetOrAdd(file, f => ImageInspector.Inspect(context.Files.ReadAllBytes(f)));
        if (inspection.Facts is not { } facts)
        {
            context.Diagnostics.Warning(DiagnosticIds.ImageUnreadable, location, $"The image '{file}' is published as it is: {inspection.Problem}.",
                "Open it in an image editor and save it again, or replace it.");
            return false;
        }

        if (facts.Animated)
        {
            return false; // Kept as it is: every frame, at its own size.
        }

        var plan = ImagePlanner.Plan(file, outputPath, context.Files.ReadAllBytes(file), facts, settings, settings.Placeholder ? inspection.Colour : null);
        var basePath = context.Config.BasePath;
        var sources = plan.Sources.Select(f => new PictureSource(f.MediaType(), Srcset(plan, f, basePath))).ToList();
        image.SetData(typeof(ImageUse), use);
        image.SetData(typeof(Picture), new Picture(sources, settings.Sizes));
        image.Url = basePath + UrlPath.Escape(plan.Largest.OutputPath);
        var attributes = image.GetAttributes();
        attributes.AddPropertyIfNotExist("width", plan.Largest.Width.ToString(CultureInfo.InvariantCulture));
        attributes.AddPropertyIfNotExist("height", plan.Largest.Height.ToString(CultureInfo.InvariantCulture));
        if (plan.Variants.Count(v => v.Format == plan.Fallback) > 1)
        {
            attributes.AddPropertyIfNotExist("srcset", Srcset(plan, plan.Fallback, basePath));
            attributes.AddPropertyIfNotExist("sizes", settings.Sizes);
        }

        if (plan.Colour is { } colour)
        {
            attributes.AddPropertyIfNotExist("style", "background-color:" + colour);
        }

        return true;
    }

    private static string Srcset(ResponsiveImage plan, ImageFormat format, string basePath) =>
        string.Join(", ", plan.Variants.Where(v => v.Format == format).OrderBy(v => v.Width)
            .Select(v => basePath + UrlPath.Escape(v.OutputPath).Replace(",", "%2C", StringComparison.Ordinal) + " " + v.Width.ToString(CultureInfo.InvariantCulture) + "w"));

    private static void CheckSvg(string file, SourceLocation location, PostRenderContext context)
    {
        var sanitized = context.SanitizedSvgs.GetOrAdd(file, f => SvgSanitizer.Sanitize(System.Text.Encoding.UTF8.GetString(context.Files.ReadAllBytes(f))));
        if (sanitized is null)
        {
            context.Diagnostics.Warning(DiagnosticIds.ImageUnreadable, location, $"The image '{file}' is not an SVG document Inkstone can read, so it is not published.",
                "Open it in a vector editor and save it as plain SVG.");
        }
        else if (sanitized.Unsafe)
        {
            context.Diagnostics.Warning(DiagnosticIds.SvgUnsafe, location, $"The SVG image '{file}' holds script, event handlers or references to other files; it is published without them.",
                "Keep only the drawing in the file: no <script>, no on* attributes, no links or images from elsewhere.");
        }
    }
}
