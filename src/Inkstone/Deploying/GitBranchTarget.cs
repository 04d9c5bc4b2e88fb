namespace Inkstone.Deploying;

/// <summary>
/// A branch of a git remote (GitHub Pages' <c>gh-pages</c>) that holds the built site as its tree, pushed
/// from the git repository the site is in. <see cref="Remote"/> is a remote's name or a URL.
/// </summary>
internal sealed record GitBranchTarget(string Branch, string Remote) : DeployTarget
{
    public override string Name => $"git:{Branch} ({Remote})";
}
