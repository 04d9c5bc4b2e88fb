namespace Inkstone.Deploying;

/// <summary>
/// Deploys to a branch of a git remote (GitHub Pages' <c>gh-pages</c>) from the repository the site is in, without
/// touching its work tree, index or branches: the built files go into a temporary index, which becomes a tree and
/// then a commit whose parent is the branch as the remote has it, pushed as that branch. The tree always holds a
/// <c>.nojekyll</c> (GitHub Pages would otherwise run Jekyll over the site and drop folders starting with '_'),
/// and the branch's <c>CNAME</c> (a custom domain set in GitHub's settings) is kept when the site has none.
/// A site that did not change makes no commit and pushes nothing. A push changes the branch in one step or not
/// at all, and without force: a branch someone else moved meanwhile is refused, never overwritten.
/// </summary>
internal sealed class GitBranchDeployer(GitBranchTarget target, string siteDirectory, string outputFolder) : ISiteDeployer
{
    private readonly GitRunner _git = new(siteDirectory);

    public DeployPlan Deploy(IReadOnlyList<SiteFile> site, bool dryRun)
    {
        if (!_git.Run(null, "rev-parse", "--git-dir").Succeeded)
        {
            throw new DeployException($"{siteDirectory} is not in a git repository, and git:{target.Branch} is pushed from the site's repository.",
                "Run 'git init' and 'git remote add origin URL' in the site, or deploy to s3:// or a folder.");
        }

        var parent = RemoteBranch();
        var temporary = Directory.CreateTempSubdirectory("inkstone-deploy-");
        try
        {
            _git.Variables["GIT_INDEX_FILE"] = Path.Combine(temporary.FullName, "index");
            var tree = WriteTree(site, parent);
            var parentTree = parent is null ? null : _git.Line("Reading the branch", "rev-parse", parent + "^{tree}");
            var plan = Plan(site, parentTree, tree);
            if (dryRun || tree == parentTree)
            {
                return plan;
            }

            Identify();
            var source = _git.Run(null, "rev-parse", "--short", "HEAD");
            var message = "Deploy the site built by Inkstone" + (source.Succeeded ? $" from {source.Out.Trim()}" : "");
            var commit = parent is null
                ? _git.Line("Committing the site", "commit-tree", tree, "-m", message)
                : _git.Line("Committing the site", "commit-tree", tree, "-p", parent, "-m", message);
            var push = _git.Run(null, "push", "--quiet", target.Remote, $"{commit}:refs/heads/{target.Branch}");
            if (!push.Succeeded)
            {
                throw new DeployException($"{target.Name}: the push was refused: {push.Reason} The branch is as it was.",
                    "Check your access to the remote; if someone else pushed to the branch meanwhile, deploy again.");
            }

            return plan;
        }
        finally
        {
            _git.Variables.Remove("GIT_INDEX_FILE");
            temporary.Delete(recursive: true);
        }
    }

    public void Dispose()
    {
    }

    /// <summary>The commit the remote's branch points at, fetched; null when the remote has no such branch yet.</summary>
    private string? RemoteBranch()
    {
        var listing = _git.Run(null, "ls-remote", "--heads", target.Remote, "refs/heads/" + target.Branch);
        if (!listing.Succeeded)
        {
            throw new DeployException($"{target.Name}: the remote cannot be read: {listing.Reason} Nothing was pushed.",
                $"Check the remote's name or URL ('git remote -v', deploy.remote in inkstone.yml) and your access to it.");
        }

        var commit = listing.Out.Split('\t', 2)[0].Trim();
        if (commit.Length == 0)
        {
            return null;
        }

        var fetch = _git.Run(null, "fetch", "--quiet", "--no-tags", target.Remote, "refs/heads/" + target.Branch);
        if (!fetch.Succeeded)
        {
            throw new DeployException($"{target.Name}: the branch cannot be fetched: {fetch.Reason} Nothing was pushed.");
        }

        return commit;
    }

    /// <summary>The tree of the site's files, with a .nojekyll and the branch's CNAME where the site has none.</summary>
    private string WriteTree(IReadOnlyList<SiteFile> site, string? parent)
    {
        _git.LineReading("Reading the built site", string.Concat(site.Select(f => f.Path + "\0")),
            "--work-tree=" + outputFolder, "update-index", "--add", "-z", "--stdin");
        var paths = site.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        if (!paths.Contains(".nojekyll"))
        {
            var empty = _git.LineReading("Writing .nojekyll", "", "hash-object", "-w", "--stdin");
            _git.Line("Writing .nojekyll", "update-index", "--add", "--cacheinfo", $"100644,{empty},.nojekyll");
        }

        if (!paths.Contains("CNAME") && parent is not null && _git.Run(null, "rev-parse", "--verify", "--quiet", parent + ":CNAME") is { Succeeded: true } cname)
        {
            _git.Line("Keeping CNAME", "update-index", "--add", "--cacheinfo", $"100644,{cname.Out.Trim()},CNAME");
        }

        return _git.Line("Writing the tree", "write-tree");
    }

    private DeployPlan Plan(IReadOnlyList<SiteFile> site, string? parentTree, string tree)
    {
        var byPath = site.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var all = Entries("ls-tree", "-r", "-z", "--name-only", tree);
        var changed = parentTree is null
            ? all.Select(path => (Status: 'A', Path: path))
            : Entries("diff-tree", "-r", "-z", "--no-renames", "--name-status", parentTree, tree).Chunk(2).Select(pair => (Status: pair[0][0], Path: pair[1]));
        var uploads = new List<SiteFile>();
        var deletions = new List<string>();
        foreach (var (status, path) in changed)
        {
            if (status == 'D')
            {
                deletions.Add(path);
            }
            else
            {
                uploads.Add(byPath.GetValueOrDefault(path) ?? new SiteFile(path, "", 0, ""));
            }
        }

        return new DeployPlan(UploadOrder.Sort(uploads), deletions, all.Count - uploads.Count);
    }

    private List<string> Entries(params string[] arguments)
    {
        var result = _git.Run(null, arguments);
        if (!result.Succeeded)
        {
            throw new DeployException($"Comparing the site with {target.Name}: git {arguments[0]} failed: {result.Reason}");
        }

        return result.Out.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    /// <summary>A machine without git's user.name and user.email (a CI runner) commits as Inkstone rather than failing.</summary>
    private void Identify()
    {
        foreach (var (key, variable, fallback) in new[] { ("user.name", "GIT_COMMITTER_NAME", "Inkstone"), ("user.email", "GIT_COMMITTER_EMAIL", "inkstone@localhost") })
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)) && !_git.Run(null, "config", key).Succeeded)
            {
                _git.Variables[variable] = fallback;
                _git.Variables[variable.Replace("COMMITTER", "AUTHOR", StringComparison.Ordinal)] = fallback;
            }
        }
    }
}
