using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Testing;
using NetVips;

namespace Inkstone.Tests.Images;

/// <summary>Whole sites whose posts show images: the picture markup, the variants written, and what is left as it is.</summary>
public sealed class ImageProcessingTests
{
    private static MemoryFileSystem Site(string config = "", string body = "![实验台](photo.jpg)") => InlineSite.Parse($$"""
        -- inkstone.yml --
        title: 图片
        base_url: https://example.org/blog/
        {{config}}
        -- content/posts/bench/index.md --
        ---
        title: 实验台
        date: 2025-03-14
        ---
        {{body}}
        """);

    private static AngleSharp.Dom.IElement Picture(BuiltSite site) => Html.Parse(site.File("posts/bench/index.html")).One(".e-content picture");

    [Fact]
    public void A_photo_in_a_bundle_becomes_a_picture_with_avif_and_webp_sources_and_a_jpeg_img_that_keeps_its_size()
    {
        var site = BuiltSite.Build(Site().Add("content/posts/bench/photo.jpg", TestImages.Jpeg(2000, 1200))).AssertSucceeded();

        var picture = Picture(site);
        var sources = picture.QuerySelectorAll("source").ToList();
        Assert.Equal(["image/avif", "image/webp"], sources.Select(s => s.GetAttribute("type")));
        var avif = sources[0].GetAttribute("srcset")!.Split(", ");
        Assert.Equal(["480w", "800w", "1200w", "1600w"], avif.Select(c => c.Split(' ')[1]));
        Assert.All(avif, c => Assert.Matches(@"^/blog/posts/bench/photo\.[0-9a-f]{10}\.\d+\.avif \d+w$", c));
        Assert.All(sources, s => Assert.Equal("(min-width: 46.5rem) 44rem, calc(100vw - 2.5rem)", s.GetAttribute("sizes")));
        var img = picture.One("img");
        Assert.Matches(@"^/blog/posts/bench/photo\.[0-9a-f]{10}\.1600\.jpg$", img.GetAttribute("src"));
        Assert.Equal(("1600", "960"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal(("lazy", "async"), (img.GetAttribute("loading"), img.GetAttribute("decoding")));
        Assert.Equal(4, img.GetAttribute("srcset")!.Split(", ").Length);
        Assert.Equal("实验台", img.GetAttribute("alt"));
        Assert.Matches("^background-color:#[0-9a-f]{6}$", img.GetAttribute("style"));

        // Every address the page names is written, with the bytes of its format and the width it claims.
        foreach (var candidate in sources.Select(s => s.GetAttribute("srcset")!).Append(img.GetAttribute("srcset")!).SelectMany(s => s.Split(", ")))
        {
            var (url, width) = (candidate.Split(' ')[0], int.Parse(candidate.Split(' ')[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture));
            using var written = Image.NewFromBuffer(site.Output.Files[url["/blog/".Length..]]);
            Assert.Equal(width, written.Width);
            Assert.Equal(Path.GetExtension(url) switch { ".avif" => "heifload_buffer", ".webp" => "webpload_buffer", _ => "jpegload_buffer" }, written.Get("vips-loader"));
        }
    }

    [Fact]
    public void An_image_narrower_than_the_widths_is_made_at_its_own_width_only_and_never_enlarged()
    {
        var site = BuiltSite.Build(Site().Add("content/posts/bench/photo.jpg", TestImages.Jpeg(640, 400))).AssertSucceeded();

        var img = Picture(site).One("img");
        Assert.Equal(["480w", "640w"], img.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')[1]));
        Assert.Equal(("640", "400"), (img.GetAttribute("width"), img.GetAttribute("height")));
    }

    [Fact]
    public void Each_format_is_read_and_falls_back_to_itself_or_to_a_format_every_browser_shows()
    {
        var cases = new (string Name, byte[] Bytes, string Fallback)[]
        {
            ("a.jpg", TestImages.Jpeg(), ".jpg"),
            ("b.png", TestImages.Png(), ".png"),
            ("c.png", TestImages.PngWithAlpha(), ".png"),
            ("d.webp", TestImages.WebP(), ".webp"),
            ("e.gif", TestImages.StillGif(), ".gif"),
            ("f.avif", TestImages.Avif(), ".jpg"),
        };
        var files = Site(body: string.Join("\n\n", cases.Select(c => $"![{c.Name}]({c.Name})")));
        foreach (var (name, bytes, _) in cases)
        {
            files.Add("content/posts/bench/" + name, bytes);
        }

        var site = BuiltSite.Build(files).AssertSucceeded();

        Assert.Empty(site.Diagnostics);
        var pictures = Html.Parse(site.File("posts/bench/index.html")).QuerySelectorAll(".e-content picture").ToList();
        Assert.Equal(cases.Length, pictures.Count);
        foreach (var (picture, (name, _, fallback)) in pictures.Zip(cases))
        {
            Assert.Equal(fallback, Path.GetExtension(picture.One("img").GetAttribute("src")));
            Assert.Equal(fallback == ".webp" ? ["image/avif"] : ["image/avif", "image/webp"], picture.QuerySelectorAll("source").Select(s => s.GetAttribute("type")));
            Assert.Equal("1000", picture.One("img").GetAttribute("width"));
            Assert.True(site.Exists("posts/bench/" + name), name);
        }

        // An image with transparency keeps it, so it gets no placeholder colour behind it.
        Assert.Null(pictures[2].One("img").GetAttribute("style"));
    }

    [Fact]
    public void No_metadata_is_published_neither_in_the_variants_nor_at_the_original_s_address()
    {
        var original = TestImages.CameraJpeg(orientation: 1);
        Assert.True(TestImages.HasMetadata(original));

        var site = BuiltSite.Build(Site().Add("content/posts/bench/photo.jpg", original)).AssertSucceeded();

        var images = site.Output.Files.Where(f => f.Key.StartsWith("posts/bench/photo", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, images.Count); // 480, 800 and its own 1000 wide in 3 formats, and the original's address
        Assert.All(images, f => Assert.False(TestImages.HasMetadata(f.Value), f.Key));
        Assert.DoesNotContain(images, f => f.Value.AsSpan().IndexOf("InkCam"u8) >= 0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void A_photo_is_published_the_right_way_up_whatever_its_exif_orientation(int orientation)
    {
        var site = BuiltSite.Build(Site().Add("content/posts/bench/photo.jpg", TestImages.CameraJpeg(orientation, 1000, 600))).AssertSucceeded();

        var img = Picture(site).One("img");
        Assert.Equal(("1000", "600"), (img.GetAttribute("width"), img.GetAttribute("height")));
        using var published = Image.NewFromBuffer(site.Output.Files[img.GetAttribute("src")!["/blog/".Length..]]);
        Assert.Equal((1000, 600), (published.Width, published.Height));
        Assert.Equal(1, published.Contains("orientation") ? (int)published.Get("orientation") : 1);
        var topLeft = published.Getpoint(20, 20);
        var topRight = published.Getpoint(980, 20);
        var bottomLeft = published.Getpoint(20, 580);
        Assert.True(topLeft[0] > 200 && topLeft[1] < 60, $"top left is {string.Join(',', topLeft)}");
        Assert.False(topRight[0] > 200 && topRight[1] < 60, "the red corner is at the top right");
        Assert.False(bottomLeft[0] > 200 && bottomLeft[1] < 60, "the red corner is at the bottom left");
    }

    [Fact]
    public void A_cmyk_jpeg_is_published_in_srgb()
    {
        var site = BuiltSite.Build(Site().Add("content/posts/bench/photo.jpg", TestImages.CmykJpeg())).AssertSucceeded();

        var img = Picture(site).One("img");
        using var published = Image.NewFromBuffer(site.Output.Files[img.GetAttribute("src")!["/blog/".Length..]]);
        Assert.Equal(3, published.Bands);
        Assert.Equal(Enums.Interpretation.Srgb, published.Interpretation);
        var red = published.Getpoint(20, 20);
        Assert.True(red[0] > 180 && red[1] < 90 && red[2] < 90, $"the red corner came out as {string.Join(',', red)}");
    }

    [Fact]
    public void An_animated_gif_is_published_as_it_is_with_every_frame()
    {
        var gif = TestImages.AnimatedGif();
        var site = BuiltSite.Build(Site(body: "![动图](spin.gif)").Add("content/posts/bench/spin.gif", gif)).AssertSucceeded();

        var content = Html.Parse(site.File("posts/bench/index.html")).One(".e-content");
        Assert.Empty(content.QuerySelectorAll("picture"));
        Assert.Equal("/blog/posts/bench/spin.gif", content.One("img").GetAttribute("src"));
        Assert.Equal(("120", "80"), (content.One("img").GetAttribute("width"), content.One("img").GetAttribute("height")));
        Assert.Equal(gif, site.Output.Files["posts/bench/spin.gif"]);
        Assert.Empty(site.Diagnostics);
    }

    [Fact]
    public void An_svg_is_published_without_its_script_handlers_and_outside_references_and_the_post_names_the_problem()
    {
        var site = BuiltSite.Build(Site(body: "\n![流程](flow.svg)").Add("content/posts/bench/flow.svg", """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="60" onload="alert(1)">
              <script>alert(2)</script>
              <rect width="100" height="40" fill="#2a6f97" onclick="alert(3)"/>
              <image xlink:href="https://tracker.example/pixel.png" width="1" height="1"/>
              <use href="https://elsewhere.example/sprite.svg#icon"/>
              <circle r="4" style="fill: url(https://elsewhere.example/paint)"/>
              <text x="5" y="55">保留的文字</text>
            </svg>
            """));

        var svg = site.File("posts/bench/flow.svg");
        Assert.DoesNotContain("script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("example", svg, StringComparison.Ordinal);
        Assert.Contains("<rect", svg, StringComparison.Ordinal);
        Assert.Contains("保留的文字", svg, StringComparison.Ordinal);
        var problem = Assert.Single(site.Diagnostics);
        Assert.Equal((DiagnosticIds.SvgUnsafe, "content/posts/bench/index.md", 6, 1), (problem.Id, problem.Location.Path, problem.Location.Line, problem.Location.Column));
        var img = Html.Parse(site.File("posts/bench/index.html")).One(".e-content img");
        Assert.Equal(("/blog/posts/bench/flow.svg", "120", "60"), (img.GetAttribute("src"), img.GetAttribute("width"), img.GetAttribute("height")));
    }

    [Theory]
    [InlineData("corrupt")]
    [InlineData("truncated")]
    public void A_damaged_image_is_a_warning_at_the_line_and_column_of_its_reference_and_is_published_as_it_is(string damage)
    {
        var bytes = damage == "corrupt" ? TestImages.Corrupt() : TestImages.Truncated();
        var site = BuiltSite.Build(Site(body: "前文。\n\n  ![坏图](photo.jpg)").Add("content/posts/bench/photo.jpg", bytes)).AssertSucceeded();

        var problem = Assert.Single(site.Diagnostics);
        Assert.Equal((DiagnosticIds.ImageUnreadable, Severity.Warning), (problem.Id, problem.Severity));
        Assert.Equal(("content/posts/bench/index.md", 7, 3), (problem.Location.Path, problem.Location.Line, problem.Location.Column));
        Assert.Contains("photo.jpg", problem.Message, StringComparison.Ordinal);
        var img = Html.Parse(site.File("posts/bench/index.html")).One(".e-content img");
        Assert.Equal("/blog/posts/bench/photo.jpg", img.GetAttribute("src"));
        Assert.Equal(bytes, site.Output.Files["posts/bench/photo.jpg"]);
    }

    [Fact]
    public void Image_processing_false_publishes_images_as_they_are_with_plain_img_markup()
    {
        var photo = TestImages.CameraJpeg(6);
        var site = BuiltSite.Build(Site("image_processing: false").Add("content/posts/bench/photo.jpg", photo)).AssertSucceeded();

        var content = Html.Parse(site.File("posts/bench/index.html")).One(".e-content");
        Assert.Empty(content.QuerySelectorAll("picture"));
        Assert.Equal("/blog/posts/bench/photo.jpg", content.One("img").GetAttribute("src"));
        Assert.Null(content.One("img").GetAttribute("srcset"));
        Assert.Equal(photo, site.Output.Files["posts/bench/photo.jpg"]);
        Assert.Single(site.Output.Files.Keys, k => k.StartsWith("posts/bench/photo", StringComparison.Ordinal));
    }

    [Fact]
    public void The_widths_formats_sizes_and_placeholder_are_the_site_s_to_set()
    {
        var site = BuiltSite.Build(Site("""
            image_processing:
              widths: [300, 600]
              formats: [webp]
              sizes: 100vw
              placeholder: false
            """).Add("content/posts/bench/photo.jpg", TestImages.Jpeg(1000, 600))).AssertSucceeded();

        var picture = Picture(site);
        var source = Assert.Single(picture.QuerySelectorAll("source"));
        Assert.Equal(("image/webp", "100vw"), (source.GetAttribute("type"), source.GetAttribute("sizes")));
        Assert.Equal(["300w", "600w"], source.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')[1]));
        Assert.Null(picture.One("img").GetAttribute("style"));
    }

    [Fact]
    public void A_bad_setting_is_reported_at_its_line()
    {
        var site = BuiltSite.Build(Site("image_processing:\n  widths: [800, wide]\n  formats: [jxl]"));

        Assert.Equal([(DiagnosticIds.ConfigInvalidValue, 4), (DiagnosticIds.ConfigInvalidValue, 5)], site.Errors.Select(e => (e.Id, e.Location.Line)));
    }

    [Fact]
    public void An_image_in_the_static_folder_shown_by_two_posts_is_made_once_and_the_original_is_not_copied_over_it()
    {
        var files = Site(body: "![图](/img/photo.jpg)").Add("static/img/photo.jpg", TestImages.CameraJpeg(1))
            .Add("content/posts/other.md", "---\ntitle: 另一篇\ndate: 2025-03-15\n---\n![同一张](../../static/img/photo.jpg)\n");

        var site = BuiltSite.Build(files).AssertSucceeded();

        var first = Picture(site).One("img").GetAttribute("src");
        var second = Html.Parse(site.File("posts/other/index.html")).One(".e-content picture img").GetAttribute("src");
        Assert.Equal(first, second);
        Assert.False(TestImages.HasMetadata(site.Output.Files["img/photo.jpg"]));
        Assert.Contains(site.Report.Stages, s => s.Stage == "images");
    }
}
