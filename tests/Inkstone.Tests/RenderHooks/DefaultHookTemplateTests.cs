using System.Text.RegularExpressions;
using Inkstone.FileSystem;
using Inkstone.Testing;

namespace Inkstone.Tests.RenderHooks;

/// <summary>
/// The theme's <c>render/*.liquid</c> are what the compiled renderers write: the sample blog built with every one
/// of them copied into <c>layouts/render/</c> (so each runs through Liquid) shows the same pages. The compiled
/// renderers write a few characters as numeric references (an emoji, ×) and one blank line after a kramdown table
/// footer, which the templates write as themselves; those are the only differences allowed.
/// </summary>
public sealed partial class DefaultHookTemplateTests : IDisposable
{
    private readonly string _site = Directory.CreateTempSubdirectory("inkstone-hooks-").FullName;

    public void Dispose() => Directory.Delete(_site, recursive: true);

    [Fact]
    public void The_default_hook_templates_write_the_pages_the_compiled_renderers_write()
    {
        var sample = Path.Combine(RepositoryPaths.Sites, "sample");
        Copy(sample, _site);
        var hooks = Path.Combine(_site, "layouts", "render");
        Directory.CreateDirectory(hooks);
        foreach (var template in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "themes", "default", "templates", "render")))
        {
            File.Copy(template, Path.Combine(hooks, Path.GetFileName(template)));
        }

        var compiled = BuiltSite.Build(new PhysicalFileSystem(sample)).AssertSucceeded();
        var templated = BuiltSite.Build(new PhysicalFileSystem(_site)).AssertSucceeded();

        var pages = compiled.Output.Files.Keys.Where(k => k.StartsWith("posts/", StringComparison.Ordinal) && k.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Equal(Normalized(compiled.File(page)), Normalized(templated.File(page))));
    }

    private static string Normalized(string html) =>
        NumericReference().Replace(html, m => char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Replace("\n\n", "\n", StringComparison.Ordinal);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith(".inkstone", StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    [GeneratedRegex("&#([0-9]+);")]
    private static partial Regex NumericReference();
}
