namespace Inkstone.Deploying;

/// <summary>
/// Deploys to S3-compatible storage. The listing comes first, so wrong credentials or a wrong bucket fail
/// before anything changes. An object whose ETag is the MD5 of the file's bytes is left alone; so a deploy
/// that was interrupted, run again, uploads only what did not arrive. Uploads go in <see cref="UploadOrder"/>,
/// each rank finished before the next starts, and deletions come last: at every instant, a page a reader can
/// load links only files that are there. (Object storage has no atomic swap of many objects; this order is
/// what "never half-updated" means there.)
/// </summary>
internal sealed class BucketDeployer(BucketTarget target, AwsCredentials credentials, Action<int>? beforeUpload) : ISiteDeployer
{
    private const int Parallel = 8;

    private readonly S3Client _client = new(target, credentials);
    private int _uploads;

    public DeployPlan Deploy(IReadOnlyList<SiteFile> site, bool dryRun)
    {
        Dictionary<string, string?> objects;
        try
        {
            objects = _client.List(target.Prefix);
        }
        catch (Exception e) when (e is S3Failure or HttpRequestException or TaskCanceledException)
        {
            throw Refused(e, "the bucket could not be listed", "Nothing was changed.");
        }

        var remote = objects
            .Where(o => o.Key.StartsWith(target.Prefix, StringComparison.Ordinal) && !o.Key.EndsWith('/'))
            .ToDictionary(o => o.Key[target.Prefix.Length..], o => o.Value, StringComparer.Ordinal);
        var plan = DeployPlan.Between(site, remote);
        if (dryRun || plan.ChangesNothing)
        {
            return plan;
        }

        var done = 0;
        foreach (var rank in plan.Uploads.GroupBy(f => UploadOrder.Rank(f.Path)).OrderBy(g => g.Key))
        {
            Each(rank, file =>
            {
                beforeUpload?.Invoke(Interlocked.Increment(ref _uploads));
                _client.Put(target.Prefix + file.Path, file.FullPath, file.Md5, ContentTypes.For(file.Path), CachePolicy.For(file.Path));
                Interlocked.Increment(ref done);
            }, file => $"uploading {file.Path} failed", () => $"{done} of {plan.Uploads.Count} files were uploaded and nothing was deleted, so every page still finds what it links.");
        }

        Each(plan.Deletions, path => _client.Delete(target.Prefix + path), path => $"deleting {path} failed",
            () => "Every file was uploaded; some that the site no longer has are left.");
        return plan;
    }

    public void Dispose() => _client.Dispose();

    private void Each<T>(IEnumerable<T> items, Action<T> act, Func<T, string> what, Func<string> left)
    {
        try
        {
            System.Threading.Tasks.Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = Parallel }, item =>
            {
                try
                {
                    act(item);
                }
                catch (Exception e) when (e is S3Failure or HttpRequestException or TaskCanceledException)
                {
                    throw new ItemFailure(what(item), e);
                }
            });
        }
        catch (AggregateException all) when (all.InnerExceptions.OfType<ItemFailure>().FirstOrDefault() is { } first)
        {
            throw Refused(first.InnerException!, first.Message, left());
        }
    }

    private DeployException Refused(Exception e, string what, string left) => e switch
    {
        S3Failure f => new DeployException($"{target.Name}: {what}: the storage answered {f.Code}: {Sentence(f.ServerMessage)} {left}", Hint(f.Code)),
        _ => new DeployException($"{target.Name}: {what}: {target.Endpoint} cannot be reached ({e.Message}). {left}",
            "Check the endpoint (deploy.endpoint in inkstone.yml) and the network, then deploy again."),
    };

    private static string Sentence(string text) => text.TrimEnd().EndsWith('.') ? text.TrimEnd() : text.TrimEnd() + ".";

    private string Hint(string code) => code switch
    {
        "InvalidAccessKeyId" or "SignatureDoesNotMatch" or "InvalidToken" or "ExpiredToken" or "TokenRefreshRequired" =>
            $"Check the credentials: Inkstone used {credentials}. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE.",
        "AccessDenied" => $"The credentials ({credentials}) may not list, upload or delete in bucket '{target.Bucket}'; give them those permissions.",
        "NoSuchBucket" => $"Create the bucket '{target.Bucket}' at {target.Endpoint}, or correct its name in --to or deploy.to.",
        "PermanentRedirect" or "AuthorizationHeaderMalformed" or "IllegalLocationConstraintException" =>
            $"The bucket is in another region than '{target.Region}': set deploy.region (or AWS_REGION), and deploy.endpoint for storage other than AWS.",
        _ => "Deploy again once the storage accepts requests; only what did not arrive is uploaded.",
    };

    private sealed class ItemFailure(string message, Exception inner) : Exception(message, inner);
}
