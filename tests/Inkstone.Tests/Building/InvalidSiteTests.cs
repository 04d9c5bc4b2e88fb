using System.Reflection;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

/// <summary>
/// Each folder in <c>sites/invalid/</c> is a tiny broken site; its <c>expected.txt</c> holds the exact
/// diagnostics (path, line, column, id, message) the build must report.
/// </summary>
public sealed class InvalidSiteTests
{
    public static TheoryData<string> Cases() => new(Directory.GetDirectories(Path.Combine(RepositoryPaths.Sites, "invalid")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_site_reports_exactly_its_expected_diagnostics(string name)
    {
        var folder = Path.Combine(RepositoryPaths.Sites, "invalid", name);
        var site = BuiltSite.Build(new PhysicalFileSystem(folder));
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0);
        Assert.Equal(expected, site.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Every_diagnostic_id_has_a_broken_fixture_site()
    {
        var ids = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            // A move needs two builds, so MovedPostTests shows it instead of a fixture; a file name with a
            // backslash cannot be checked out on Windows, so UnpublishableNameTests makes one on disk; whether dot is
            // installed depends on the machine, so DiagramsInPostsTests builds with a dot that is missing; libvips ships in
            // Inkstone's own packages, so no site can be without it (VipsLibrary turns a failed load into INK0371 and
            // INK0380) nor make it fail on a card it draws (INK0381).
            .Where(id => id != DiagnosticIds.InternalError && id != DiagnosticIds.TemplateRender && id != DiagnosticIds.PostMoved && id != DiagnosticIds.UnpublishableFileName
                && id != DiagnosticIds.GraphvizMissing && id != DiagnosticIds.ImageLibraryMissing && id != DiagnosticIds.SocialCardLibraryMissing
                && id != DiagnosticIds.SocialCardFailed);
        var covered = Directory.GetFiles(Path.Combine(RepositoryPaths.Sites, "invalid"), "expected.txt", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines).ToList();
        Assert.All(ids, id => Assert.Contains(covered, line => line.Contains(" " + id + ":", StringComparison.Ordinal)));
    }
}
