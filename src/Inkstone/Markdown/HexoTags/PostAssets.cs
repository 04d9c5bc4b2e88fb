using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>A post's asset folder (Hexo's <c>post_asset_folder</c>: <c>grpo/</c> beside <c>grpo.md</c>) as asset tags see it.</summary>
internal static class PostAssets
{
    /// <summary>The folder's site path, or where it would be when the post has none.</summary>
    public static string Folder(TemplateRun run) =>
        run.Post.BundleDirectory ?? run.Post.SourcePath[..^Path.GetExtension(run.Post.SourcePath).Length];

    /// <summary>The asset's path from the post's own folder (<c>grpo/reward.png</c>), as a Markdown link in the post would write it.</summary>
    public static string FromPost(TemplateRun run, string name)
    {
        var folder = Folder(run);
        var postFolder = FileSystem.SitePath.Directory(run.Post.SourcePath);
        var relative = postFolder.Length == 0 ? folder : folder[(postFolder.Length + 1)..];
        return relative + "/" + name;
    }

    /// <summary>The asset's address on the site, where Inkstone publishes the folder.</summary>
    public static string Url(TemplateRun run, string name) =>
        run.BasePath + string.Join('/', (run.Post.AssetUrl.TrimStart('/') + name).Split('/').Select(Uri.EscapeDataString));

    public static bool Exists(TemplateRun run, string name) => run.Exists(Folder(run) + "/" + name);

    public static void ReportMissing(TemplateRun run, TagCall tag, string name) =>
        run.BrokenLink(tag.Location, $"'{tag.Written}' names '{name}', which is not in the post's asset folder {Folder(run)}/.",
            "Put the file in the folder beside the post that has the post's name, or correct the name.");
}
