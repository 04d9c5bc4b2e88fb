using Inkstone.Building;

namespace Inkstone.Tests.Images;

/// <summary>Variants are kept in the site's cache folder by the image's bytes and the settings: a second build encodes nothing.</summary>
public sealed class ImageCacheTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-images-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string SiteFolder => Path.Combine(_root, "site");

    private string Output => Path.Combine(_root, "public");

    private void Write(string path, byte[] bytes)
    {
        var full = Path.Combine(SiteFolder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    private void WriteSite(string config = "")
    {
        Write("inkstone.yml", System.Text.Encoding.UTF8.GetBytes("title: 缓存\nbase_url: https://example.org/\n" + config));
        Write("content/posts/bench/index.md", "---\ntitle: 实验台\ndate: 2025-03-14\n---\n![实验台](photo.jpg)\n\n![图表](/img/chart.png)\n"u8.ToArray());
        Write("content/posts/bench/photo.jpg", TestImages.Jpeg(1200, 800));
        Write("static/img/chart.png", TestImages.Png(900, 500));
    }

    private ProcessedImages Build()
    {
        var (report, context) = SiteBuilder.Publish(SiteFolder, Output, new BuildOptions(), null);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        return context.Images;
    }

    private Dictionary<string, byte[]> Published() =>
        Directory.GetFiles(Output, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(Output, f), File.ReadAllBytes);

    [Fact]
    public void A_second_build_takes_every_variant_from_the_cache_and_publishes_the_same_bytes()
    {
        WriteSite();
        var first = Build();
        var firstFiles = Published();

        var second = Build();

        Assert.Equal((2, 0), (first.Encoded, first.FromCache));
        Assert.Equal((0, 2), (second.Encoded, second.FromCache));
        Assert.Equal(firstFiles, Published());
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(SiteFolder, ".inkstone", "cache", "images")).Length);
    }

    [Fact]
    public void A_changed_image_or_a_changed_setting_is_encoded_again_and_gets_new_addresses()
    {
        WriteSite();
        Build();
        var before = Published().Keys.Where(k => k.Contains("photo.", StringComparison.Ordinal)).ToHashSet();

        Write("content/posts/bench/photo.jpg", TestImages.Jpeg(1200, 700));
        var changedImage = Build();
        var after = Published().Keys.Where(k => k.Contains("photo.", StringComparison.Ordinal)).ToHashSet();

        WriteSite("image_processing:\n  widths: [400, 1000]\n");
        var changedSettings = Build();

        Assert.Equal((1, 1), (changedImage.Encoded, changedImage.FromCache));
        Assert.Equal(["photo.jpg"], before.Intersect(after).Select(Path.GetFileName));
        Assert.Equal((2, 0), (changedSettings.Encoded, changedSettings.FromCache));
    }

    [Fact]
    public void A_cache_entry_whose_files_are_gone_is_made_again()
    {
        WriteSite();
        Build();
        var entry = Directory.GetDirectories(Path.Combine(SiteFolder, ".inkstone", "cache", "images"))[0];
        File.Delete(Directory.GetFiles(entry)[0]);

        var again = Build();

        Assert.Equal((1, 1), (again.Encoded, again.FromCache));
    }
}
