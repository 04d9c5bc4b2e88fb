using System.Runtime.CompilerServices;
using Inkstone.FileSystem;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

/// <summary>
/// The sample blog's pages, byte for byte, against <c>SampleGolden/</c>: the markup the theme and the
/// compiled renderers write may change only deliberately. After an intended change, regenerate with
/// <c>INKSTONE_UPDATE_GOLDEN=1 dotnet test tests/Inkstone.Tests --filter FullyQualifiedName~SampleGolden</c> and
/// review the diff.
/// </summary>
public sealed class SampleGoldenTests
{
    private static readonly Lazy<BuiltSite> Site = new(() => BuiltSite.Build(new PhysicalFileSystem(Path.Combine(RepositoryPaths.Sites, "sample"))));

    [Fact]
    public void The_sample_blog_writes_its_golden_pages_byte_for_byte()
    {
        var golden = GoldenDirectory();
        var written = Site.Value.Output.Files.Keys.Where(IsCompared).Order(StringComparer.Ordinal).ToList();
        if (Environment.GetEnvironmentVariable("INKSTONE_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(golden))
            {
                Directory.Delete(golden, recursive: true);
            }

            foreach (var path in written)
            {
                var file = Path.Combine(golden, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, Site.Value.Output.Files[path]);
            }
        }

        var expected = Directory.EnumerateFiles(golden, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(golden, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, written);
        var different = written.Where(p => !File.ReadAllBytes(Path.Combine(golden, p)).AsSpan().SequenceEqual(Site.Value.Output.Files[p])).ToList();
        Assert.True(different.Count == 0, "These files differ from SampleGolden/: " + string.Join(", ", different));
    }

    // The pages hold all the markup; the feeds repeat the posts' bodies, and search shards and theme files have tests of their own.
    private static bool IsCompared(string path) => path.EndsWith(".html", StringComparison.Ordinal) || path == "sitemap.xml";

    private static string GoldenDirectory([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "SampleGolden");
}
