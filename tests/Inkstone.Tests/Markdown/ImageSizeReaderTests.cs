using System.Text;
using Inkstone.Markdown.Images;

namespace Inkstone.Tests.Markdown;

public sealed class ImageSizeReaderTests
{
    [Fact]
    public void A_png_size_comes_from_its_header()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 2, 128, 0, 0, 1, 224, 8, 6, 0, 0, 0];
        Assert.Equal(new ImageSize(640, 480), ImageSizeReader.Read(png));
    }

    [Fact]
    public void A_gif_size_comes_from_its_header() =>
        Assert.Equal(new ImageSize(300, 200), ImageSizeReader.Read([.. "GIF89a"u8, 44, 1, 200, 0, 0, 0]));

    [Fact]
    public void A_jpeg_size_comes_from_its_start_of_frame_segment()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 1, 44, 2, 88, 3, 0, 0, 0, 0];
        Assert.Equal(new ImageSize(600, 300), ImageSizeReader.Read(jpeg));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80px\">", 120, 80)]
    [InlineData("<?xml version=\"1.0\"?><svg viewBox=\"0 0 640 360\" xmlns=\"http://www.w3.org/2000/svg\">", 640, 360)]
    public void An_svg_size_comes_from_its_width_and_height_or_its_view_box(string svg, int width, int height) =>
        Assert.Equal(new ImageSize(width, height), ImageSizeReader.Read(Encoding.UTF8.GetBytes(svg + "</svg>")));

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1 })]
    public void A_damaged_or_unknown_file_has_no_size(byte[] data) => Assert.Null(ImageSizeReader.Read(data));

    [Fact]
    public void An_image_in_a_post_gets_its_width_and_height()
    {
        var files = Testing.InlineSite.Parse("""
            -- inkstone.yml --
            title: T
            -- content/posts/a.md --
            ---
            title: A
            date: 2025-01-01
            ---
            ![图](/d.svg)
            """).Add("static/d.svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 300\"></svg>"));
        var img = Testing.Html.Parse(Testing.BuiltSite.Build(files).AssertSucceeded().File("posts/a/index.html")).QuerySelector(".e-content img")!;
        Assert.Equal("400", img.GetAttribute("width"));
        Assert.Equal("300", img.GetAttribute("height"));
    }
}
