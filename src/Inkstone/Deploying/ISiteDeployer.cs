namespace Inkstone.Deploying;

/// <summary>Brings a target up to date with a built site: it reads the target, plans (<see cref="DeployPlan"/>) and, unless only asked to plan, applies the plan.</summary>
internal interface ISiteDeployer : IDisposable
{
    /// <summary>What the deploy changes (or, with <paramref name="dryRun"/>, would change) at the target.</summary>
    /// <exception cref="DeployException">The target cannot be read or refused a change; the message says what is left there.</exception>
    DeployPlan Deploy(IReadOnlyList<SiteFile> site, bool dryRun);

    /// <summary>
    /// The deployer for <paramref name="target"/>. <paramref name="variables"/> is the process's environment, where
    /// a bucket's credentials are found; <paramref name="beforeUpload"/> is told the number of each upload before
    /// it starts (for fault injection in tests).
    /// </summary>
    static ISiteDeployer For(DeployTarget target, string siteDirectory, string outputFolder, Func<string, string?> variables, Action<int>? beforeUpload = null) =>
        target switch
        {
            BucketTarget bucket => new BucketDeployer(bucket, AwsCredentialReader.Read(variables, bucket.Name), beforeUpload),
            GitBranchTarget branch => new GitBranchDeployer(branch, siteDirectory, outputFolder),
            FolderTarget folder => new FolderDeployer(folder, siteDirectory, outputFolder),
            _ => throw new ArgumentOutOfRangeException(nameof(target)),
        };
}
