using Inkstone.FileSystem;

namespace Inkstone.Building;

/// <summary>Copies the theme's assets, the site's <c>static/</c> folder and the files of page bundles.</summary>
internal sealed class StaticStage : IBuildStage
{
    public string Name => "static";

    public void Run(BuildContext context)
    {
        foreach (var (path, bytes) in context.Theme.Assets())
        {
            context.Output.Write(path, bytes);
        }

        foreach (var file in context.Files.EnumerateFiles("static"))
        {
            context.Output.Write(file["static/".Length..], context.Files.ReadAllBytes(file));
        }

        var bundles = context.Posts.Where(p => p.Post.BundleDirectory is not null)
            .ToDictionary(p => p.Post.BundleDirectory!, p => p.Post.Url, StringComparer.Ordinal);
        foreach (var file in context.Content.BundleFiles)
        {
            var directory = SitePath.Directory(file);
            if (bundles.TryGetValue(directory, out var url))
            {
                context.Output.Write(url.TrimStart('/') + file[(directory.Length + 1)..], context.Files.ReadAllBytes(file));
            }
        }
    }
}
