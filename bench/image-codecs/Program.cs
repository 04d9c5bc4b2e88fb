using System.Diagnostics;
using NetVips;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

// Compares libvips (NetVips) and ImageSharp on the work a build does per image: decode, resize to each width,
// encode WebP and the original format (and AVIF, which only libvips can write). One library per process, so the
// peak memory read at the end is that library's. Usage: make DIR | vips DIR | vips-avif DIR | imagesharp DIR | site DIR N (see bench/README.md).
int[] widths = [480, 960, 1600];
var mode = args[0];
var folder = args[1];
switch (mode)
{
    case "make":
        Directory.CreateDirectory(folder);
        // A photo: smooth colour with noise (compresses like a camera's JPEG, not like a flat chart).
        using (var x = NetVips.Image.Xyz(4000, 3000))
        using (var noise = NetVips.Image.Gaussnoise(4000, 3000, sigma: 18))
        {
            var r = x[0] * 255.0 / 4000 + noise;
            var g = x[1] * 255.0 / 3000 + noise;
            var b = (x[0] + x[1]) * 255.0 / 7000 + noise;
            using var photo = r.Bandjoin(g, b).Cast(Enums.BandFormat.Uchar);
            photo.Jpegsave(Path.Combine(folder, "photo.jpg"), q: 90);
        }

        // A chart: flat colour and lines, as a PNG.
        using (var chart = NetVips.Image.Black(2400, 1600, bands: 3) + new[] { 250.0, 248, 240 })
        {
            var drawn = chart.Cast(Enums.BandFormat.Uchar).Mutate(m =>
            {
                for (var i = 0; i < 40; i++)
                {
                    m.DrawRect([40.0 + i * 5, 90, 200], 100 + i * 55, 1500 - i * 30, 40, i * 30, fill: true);
                }
            });
            drawn.Pngsave(Path.Combine(folder, "chart.png"));
        }

        Console.WriteLine($"inputs written to {folder}");
        return;
    case "site":
        // An Inkstone site of N photos (1200 x 800 JPEGs, each different), ten to a post, for bench/images.sh.
        var count = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "inkstone.yml"), "title: Photos\nbase_url: https://example.org/\nlanguage: en\n");
        for (var post = 0; post < (count + 9) / 10; post++)
        {
            var bundle = Path.Combine(folder, "content", "posts", $"album-{post:D3}");
            Directory.CreateDirectory(bundle);
            var body = new System.Text.StringBuilder($"---\ntitle: Album {post}\ndate: 2025-01-01\n---\n");
            for (var i = post * 10; i < Math.Min(count, post * 10 + 10); i++)
            {
                using var xy = NetVips.Image.Xyz(1200, 800);
                using var noise = NetVips.Image.Gaussnoise(1200, 800, sigma: 12 + i % 9);
                var r = xy[0] * (0.1 + i % 7 * 0.03) + noise;
                var g = xy[1] * (0.2 + i % 5 * 0.04) + noise;
                var b = (xy[0] + xy[1]) * (0.05 + i % 3 * 0.02) + noise;
                using var photo = r.Bandjoin(g, b).Cast(Enums.BandFormat.Uchar);
                photo.Jpegsave(Path.Combine(bundle, $"photo-{i:D3}.jpg"), q: 88);
                body.Append($"\n![Photo {i}](photo-{i:D3}.jpg)\n");
            }

            File.WriteAllText(Path.Combine(bundle, "index.md"), body.ToString());
        }

        Console.WriteLine($"a site of {count} photos written to {folder}");
        return;
    case "vips" or "vips-avif":
        NetVips.Cache.Max = 0;
        var avif = mode == "vips-avif";
        Run(folder, file =>
        {
            var bytes = File.ReadAllBytes(file);
            var encoded = 0L;
            // Decoded once, shrunk on load to the largest width and held in memory (a sequential read can be read once);
            // the smaller widths are resized from it.
            using var largest = NetVips.Image.ThumbnailBuffer(bytes, widths[^1], height: 100_000, size: Enums.Size.Down).CopyMemory();
            foreach (var width in widths)
            {
                using var image = width == largest.Width ? largest.Copy() : largest.Resize((double)width / largest.Width);
                encoded += image.WebpsaveBuffer(q: 75, keep: Enums.ForeignKeep.None).Length;
                if (avif)
                {
                    encoded += image.HeifsaveBuffer(q: 55, compression: Enums.ForeignHeifCompression.Av1, effort: 2, keep: Enums.ForeignKeep.None).Length;
                }

                encoded += file.EndsWith(".png", StringComparison.Ordinal)
                    ? image.PngsaveBuffer(keep: Enums.ForeignKeep.None).Length
                    : image.JpegsaveBuffer(q: 80, keep: Enums.ForeignKeep.None).Length;
            }

            return encoded;
        });
        return;
    case "imagesharp":
        Run(folder, file =>
        {
            using var original = SixLabors.ImageSharp.Image.Load(file);
            var encoded = 0L;
            foreach (var width in widths)
            {
                using var image = original.Clone(c => c.Resize(width, 0));
                encoded += Size(s => image.Save(s, new WebpEncoder { Quality = 75 }));
                encoded += file.EndsWith(".png", StringComparison.Ordinal)
                    ? Size(s => image.SaveAsPng(s))
                    : Size(s => image.Save(s, new JpegEncoder { Quality = 80 }));
            }

            return encoded;
        });
        return;
}

static long Size(Action<Stream> write)
{
    using var stream = new MemoryStream();
    write(stream);
    return stream.Length;
}

static void Run(string folder, Func<string, long> process)
{
    foreach (var file in Directory.GetFiles(folder).Order())
    {
        process(file); // warm-up: loads the codecs
        var times = new List<double>();
        long bytes = 0;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            bytes = process(file);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"{Path.GetFileName(file)}: median {times[1]:F0} ms, {bytes / 1024} KiB written");
    }

    using var self = Process.GetCurrentProcess();
    Console.WriteLine($"peak working set: {self.PeakWorkingSet64 / (1024 * 1024)} MiB");
}
