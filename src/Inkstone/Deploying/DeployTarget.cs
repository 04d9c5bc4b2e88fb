namespace Inkstone.Deploying;

/// <summary>Where <c>inkstone deploy</c> publishes a built site: a bucket, a git branch or a folder.</summary>
internal abstract record DeployTarget
{
    /// <summary>The target as a writer would write it after <c>--to</c>, for messages.</summary>
    public abstract string Name { get; }
}
