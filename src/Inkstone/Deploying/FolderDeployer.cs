using Inkstone.Output;

namespace Inkstone.Deploying;

/// <summary>
/// Deploys to a folder on this machine, published as a build's output folder is (<see cref="SpareTreeOutput"/>):
/// the new copy is prepared beside it (<c>.NAME.previous</c>) and swapped in at once, so a web server or an
/// rsync reading the folder sees the whole old site or the whole new one. A file whose bytes did not change
/// keeps its modification time (rsync's quick check skips it), and a site that did not change is not touched.
/// The folders a build may not write to (the site, its sources, a home folder, a folder of other files) are
/// refused here too.
/// </summary>
internal sealed class FolderDeployer(FolderTarget target, string siteDirectory, string outputFolder) : ISiteDeployer
{
    public DeployPlan Deploy(IReadOnlyList<SiteFile> site, bool dryRun)
    {
        if (FileSystem.PathText.Equal(RealPathOf(target.Folder), RealPathOf(outputFolder)))
        {
            throw new DeployException($"'{target.Folder}' is the site's output folder; it cannot also be where the site is deployed.",
                "Choose another folder: the one your web server or rsync reads.", isUsage: true);
        }

        if (OutputFolderRule.Refusal(siteDirectory, target.Folder) is { } refusal)
        {
            throw new DeployException($"'{target.Folder}' cannot be deployed to: {refusal.Reason}.",
                refusal.ForceAllows ? "Empty it, or choose another folder." : "Choose another folder.", isUsage: true);
        }

        var deployed = Directory.Exists(target.Folder) && OutputMarker.IsIn(target.Folder)
            ? BuiltSite.Read(target.Folder).ToDictionary(f => f.Path, f => (string?)f.Md5, StringComparer.Ordinal)
            : [];
        var plan = DeployPlan.Between(site, deployed);
        if (dryRun || plan.ChangesNothing)
        {
            return plan;
        }

        try
        {
            using var output = IPublishingOutput.Open(target.Folder);
            foreach (var file in site)
            {
                output.Copy(file.Path, () => File.OpenRead(file.FullPath));
            }

            output.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DeployException($"'{target.Folder}' could not be written: {e.Message} The folder holds the site as it was.");
        }

        return plan;
    }

    public void Dispose()
    {
    }

    private static string RealPathOf(string path) => FileSystem.RealPath.TryResolve(path) ?? path;
}
