using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Inkstone.Cli.Tests;

/// <summary>
/// Peak memory of a real <c>inkstone build</c> on a generated large site, read from the build process's own
/// counter (its resident high-water mark, <c>VmHWM</c>). The documented bound (README, "Limits"):
/// <see cref="Baseline"/> plus <see cref="PerMarkdownByte"/> times the Markdown's size, plus at most
/// <see cref="StaticAllowance"/> for static files of any size, which are copied a buffer at a time.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PeakMemoryTests : IDisposable
{
    public const long Baseline = 160L << 20;
    public const int PerMarkdownByte = 100;
    public const long StaticAllowance = 64L << 20;

    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-memory-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_build_of_a_large_post_and_a_larger_static_file_stays_within_the_documented_multiple_of_its_input()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // VmHWM is Linux's; the bound is the same elsewhere, the counter is not.
        }

        var site = Path.Combine(_root, "site");
        Directory.CreateDirectory(Path.Combine(site, "content", "posts"));
        Directory.CreateDirectory(Path.Combine(site, "static"));
        File.WriteAllText(Path.Combine(site, "inkstone.yml"), "title: 大站\nbase_url: https://example.org/\n");
        var markdown = LargePost(1 << 20);
        File.WriteAllText(Path.Combine(site, "content", "posts", "large.md"), markdown);
        var markdownBytes = Encoding.UTF8.GetByteCount(markdown);
        var staticBytes = WriteRandomFile(Path.Combine(site, "static", "data.bin"), 384L << 20);

        var (exitCode, peak, error) = BuildAndMeasure(site, Path.Combine(_root, "public"));

        Assert.True(exitCode == 0, error);
        Assert.Equal(staticBytes, new FileInfo(Path.Combine(_root, "public", "data.bin")).Length);
        var bound = Baseline + PerMarkdownByte * (long)markdownBytes + StaticAllowance;
        var figures = $"peak {peak >> 20} MB for {markdownBytes >> 10} KB of Markdown and {staticBytes >> 20} MB of static files; bound {bound >> 20} MB";
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "inkstone-peak-memory.txt"), $"{DateTime.UtcNow:O} {figures}\n");
        Assert.True(peak <= bound, figures);
    }

    [Fact]
    public void A_build_of_a_table_of_a_million_cells_stays_within_the_documented_multiple_of_its_input()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var site = Path.Combine(_root, "site");
        Directory.CreateDirectory(Path.Combine(site, "content", "posts"));
        File.WriteAllText(Path.Combine(site, "inkstone.yml"), "title: 大表\nbase_url: https://example.org/\n");
        var table = new StringBuilder("---\ntitle: 五千行的表\ndate: 2025-01-01\n---\n\n");
        table.Append('|').AppendJoin('|', Enumerable.Range(0, 200).Select(c => $"列{c}")).Append("|\n|").AppendJoin('|', Enumerable.Repeat("---", 200)).Append("|\n");
        for (var row = 0; row < 5000; row++)
        {
            table.Append('|').AppendJoin('|', Enumerable.Range(0, 200).Select(c => (row * 200 + c) % 10)).Append("|\n");
        }

        var markdownBytes = Encoding.UTF8.GetByteCount(table.ToString());
        File.WriteAllText(Path.Combine(site, "content", "posts", "table.md"), table.ToString());

        var (exitCode, peak, error) = BuildAndMeasure(site, Path.Combine(_root, "public"));

        Assert.True(exitCode == 0, error);
        Assert.Contains("INK0805", error, StringComparison.Ordinal);
        var bound = Baseline + PerMarkdownByte * (long)markdownBytes;
        var figures = $"peak {peak >> 20} MB for a table of 5,000 rows of 200 columns ({markdownBytes >> 10} KB of Markdown); bound {bound >> 20} MB";
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "inkstone-peak-memory.txt"), $"{DateTime.UtcNow:O} {figures}\n");
        Assert.True(peak <= bound, figures);
    }

    /// <summary>Prose in Chinese and English, headings, code, display math and a table, repeated to about <paramref name="size"/> bytes.</summary>
    /// <summary>What the image stage may add: about the widest variant's pixels and libvips' buffers, whatever the original's size.</summary>
    public const long ImageAllowance = 128L << 20;

    [Fact]
    public void A_build_of_a_ten_thousand_pixel_square_png_streams_it_instead_of_decoding_it_whole()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var site = Path.Combine(_root, "site");
        var bundle = Path.Combine(site, "content", "posts", "huge");
        Directory.CreateDirectory(bundle);
        File.WriteAllText(Path.Combine(site, "inkstone.yml"), "title: 大图\nbase_url: https://example.org/\n");
        File.WriteAllText(Path.Combine(bundle, "index.md"), "---\ntitle: 一万像素见方\ndate: 2025-01-01\n---\n![一张很大的渐变图](huge.png)\n");
        const int side = 10_000;
        using (var xy = NetVips.Image.Xyz(side, side))
        {
            var r = (xy[0] * 255.0 / side).Cast(NetVips.Enums.BandFormat.Uchar);
            var g = (xy[1] * 255.0 / side).Cast(NetVips.Enums.BandFormat.Uchar);
            using var picture = r.Bandjoin(g, r).Copy(interpretation: NetVips.Enums.Interpretation.Srgb);
            picture.Pngsave(Path.Combine(bundle, "huge.png"), compression: 1);
        }

        var (exitCode, peak, error) = BuildAndMeasure(site, Path.Combine(_root, "public"));

        Assert.True(exitCode == 0, error);
        Assert.DoesNotContain("INK0370", error, StringComparison.Ordinal);
        using (var widest = NetVips.Image.NewFromFile(Directory.GetFiles(Path.Combine(_root, "public", "posts", "huge"), "huge.*.1600.webp").Single()))
        {
            Assert.Equal((1600, 1600), (widest.Width, widest.Height));
        }

        // Decoded whole, the image alone would be 286 MB (10,000 x 10,000 x 3 bytes).
        var bound = Baseline + ImageAllowance;
        var figures = $"peak {peak >> 20} MB for a {side:N0} x {side:N0} PNG; bound {bound >> 20} MB";
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "inkstone-peak-memory.txt"), $"{DateTime.UtcNow:O} {figures}\n");
        Assert.True(peak <= bound, figures);
    }

    private static string LargePost(int size)
    {
        var text = new StringBuilder("---\ntitle: 大文章\ndate: 2025-01-01\ntags: [算法, 机器学习]\n---\n");
        for (var i = 1; Encoding.UTF8.GetByteCount(text.ToString()) < size; i++)
        {
            for (var j = 0; j < 20; j++)
            {
                text.Append(CultureInfo.InvariantCulture, $"## 第 {i * 20 + j} 节 Section {i * 20 + j}\n\n")
                    .Append(string.Concat(Enumerable.Repeat("这是一段讲算法与机器学习的文字。 Some English words with *emphasis*, `code` and a [link](https://example.org/). ", 6)))
                    .Append(CultureInfo.InvariantCulture, $"\n\n```python\ndef f{j}(x):\n    return x * {j}  # comment\n```\n\n$$\\frac{{a_{j}}}{{b}} + \\sum_{{k=1}}^n k^2$$\n\n")
                    .Append("| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n| 4 | 5 | 6 |\n\n");
            }
        }

        return text.ToString();
    }

    private static long WriteRandomFile(string path, long size)
    {
        var random = new Random(13);
        var buffer = new byte[1 << 20];
        using var file = File.Create(path);
        for (long written = 0; written < size; written += buffer.Length)
        {
            random.NextBytes(buffer);
            file.Write(buffer);
        }

        return size;
    }

    private static (int ExitCode, long Peak, string Error) BuildAndMeasure(string site, string output)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Inkstone.Cli.dll"), "build", site, "-o", output, "--no-cache" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        long peak = 0;
        var deadline = Stopwatch.StartNew();
        while (!process.WaitForExit(10))
        {
            peak = System.Math.Max(peak, HighWaterMark(process.Id));
            if (deadline.Elapsed > TimeSpan.FromMinutes(3))
            {
                process.Kill();
                Assert.Fail("The build took over three minutes.");
            }
        }

        return (process.ExitCode, peak, error.Result);
    }

    /// <summary>The process's resident high-water mark in bytes (<c>VmHWM</c> in /proc/PID/status); 0 once it has gone.</summary>
    private static long HighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
