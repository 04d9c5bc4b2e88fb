namespace Inkstone.Deploying;

/// <summary>A folder on this machine (for rsync or a web server's root), kept as a copy of the built site.</summary>
internal sealed record FolderTarget(string Folder) : DeployTarget
{
    public override string Name => Folder;
}
