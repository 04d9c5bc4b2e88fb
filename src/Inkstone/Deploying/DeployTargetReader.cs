using System.Net;
using Inkstone.Configuration;
using Inkstone.Data;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Deploying;

/// <summary>
/// Reads where to deploy from <c>--to</c> and the <c>deploy:</c> setting of <c>inkstone.yml</c>:
/// <c>s3://BUCKET/PREFIX</c>, <c>git:BRANCH</c>, or a folder. <c>--to</c> wins over <c>deploy.to</c>; the
/// other keys (<c>endpoint</c>, <c>region</c>, <c>path_style</c>, <c>remote</c>) describe the target either way.
/// </summary>
internal static class DeployTargetReader
{
    private static readonly string[] Keys = ["to", "endpoint", "region", "path_style", "remote"];

    /// <param name="to">The target given on the command line, or null.</param>
    /// <param name="workingDirectory">What a folder given on the command line is relative to.</param>
    /// <param name="variables">The process's environment (AWS_REGION, AWS_ENDPOINT_URL_S3, ...).</param>
    public static DeployTarget Read(string? to, string workingDirectory, string siteDirectory, Func<string, string?> variables)
    {
        var settings = Settings(siteDirectory);
        var given = to ?? Text(settings, "to");
        if (string.IsNullOrWhiteSpace(given))
        {
            throw new DeployException("Inkstone does not know where to deploy this site.",
                "Pass --to s3://BUCKET/PREFIX, --to git:gh-pages or --to FOLDER, or write it in inkstone.yml: 'deploy: { to: s3://my-bucket/ }'.", isUsage: true);
        }

        if (given.StartsWith("s3://", StringComparison.OrdinalIgnoreCase))
        {
            return Bucket(given, settings, variables);
        }

        if (given.StartsWith("git:", StringComparison.Ordinal))
        {
            var branch = given["git:".Length..];
            if (branch.Length == 0 || branch.StartsWith('-') || branch.Contains("..", StringComparison.Ordinal) || branch.Any(c => char.IsWhiteSpace(c) || c is '~' or '^' or ':' or '?' or '*' or '[' or '\\'))
            {
                throw new DeployException($"'{given}' does not name a git branch.", "Write the branch after 'git:', such as git:gh-pages.", isUsage: true);
            }

            return new GitBranchTarget(branch, Text(settings, "remote") ?? "origin");
        }

        // "oss://bucket" or "https://host/" is a storage Inkstone does not speak, not a folder named "oss:".
        if (given.IndexOf("://", StringComparison.Ordinal) is > 0 and var scheme && !given[..scheme].Contains('/') && !given[..scheme].Contains('\\'))
        {
            throw new DeployException($"'{given}' is not a target Inkstone can deploy to.",
                "Deploy to S3-compatible storage with s3://BUCKET/PREFIX (Aliyun OSS, Tencent COS, R2 and MinIO too, with an endpoint), to a git branch with git:BRANCH, or to a folder.", isUsage: true);
        }

        return new FolderTarget(Path.GetFullPath(given, to is null ? siteDirectory : workingDirectory));
    }

    private static BucketTarget Bucket(string given, DataMap? settings, Func<string, string?> variables)
    {
        var rest = given["s3://".Length..];
        var slash = rest.IndexOf('/');
        var bucket = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? "" : rest[(slash + 1)..].Trim('/');
        if (bucket.Length is < 3 or > 63 || !bucket.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.'))
        {
            throw new DeployException($"'{bucket}' in '{given}' is not a bucket name.",
                "A bucket name has 3 to 63 lower-case letters, digits, dots and hyphens: s3://my-blog/ or s3://my-blog/prefix/.", isUsage: true);
        }

        var region = Text(settings, "region") ?? variables("AWS_REGION") ?? variables("AWS_DEFAULT_REGION") ?? "us-east-1";
        var endpointText = Text(settings, "endpoint") ?? variables("AWS_ENDPOINT_URL_S3") ?? variables("AWS_ENDPOINT_URL");
        Uri endpoint;
        if (endpointText is null)
        {
            endpoint = new Uri($"https://s3.{region}.amazonaws.com");
        }
        else if (!Uri.TryCreate(endpointText, UriKind.Absolute, out endpoint!) || endpoint.Scheme is not ("http" or "https") || endpoint.AbsolutePath != "/")
        {
            throw new DeployException($"The endpoint '{endpointText}' is not an http(s) address of a server.",
                "Write the storage's address without a path, such as https://ACCOUNT.r2.cloudflarestorage.com or https://oss-cn-hangzhou.aliyuncs.com.", isUsage: true);
        }

        var pathStyle = Bool(settings, "path_style") ?? IsLocalName(endpoint);
        return new BucketTarget(bucket, prefix.Length == 0 ? "" : prefix + "/", endpoint, region, pathStyle);
    }

    /// <summary>An address or a name without dots (localhost, a container's name) has no bucket sub-domains.</summary>
    private static bool IsLocalName(Uri endpoint) =>
        endpoint.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || IPAddress.TryParse(endpoint.Host, out _) || !endpoint.Host.Contains('.');

    /// <summary>The <c>deploy:</c> map of inkstone.yml, or null; a key Inkstone does not know is an error at its line.</summary>
    private static DataMap? Settings(string siteDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var map = SiteConfigLoader.Read(new PhysicalFileSystem(siteDirectory), diagnostics);
        switch (map?["deploy"])
        {
            case null:
                return null;
            case DataMap deploy:
                foreach (var (key, node) in deploy.Entries)
                {
                    if (!Keys.Contains(key, StringComparer.OrdinalIgnoreCase))
                    {
                        throw new DeployException($"{node.Location}: 'deploy.{key}' is not a deploy setting Inkstone knows.",
                            $"The deploy settings are {string.Join(", ", Keys)}.", isUsage: true);
                    }
                }

                return deploy;
            case var other:
                throw new DeployException($"{other.Location}: 'deploy' must be a map of settings.", "deploy: { to: s3://my-bucket/, region: auto }", isUsage: true);
        }
    }

    private static string? Text(DataMap? settings, string key) => settings?[key] switch
    {
        null => null,
        DataScalar { Text: var text } when text.Trim().Length > 0 => text.Trim(),
        var node => throw new DeployException($"{node.Location}: 'deploy.{key}' must be a text value.", isUsage: true),
    };

    private static bool? Bool(DataMap? settings, string key) => Text(settings, key)?.ToLowerInvariant() switch
    {
        null => null,
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => throw new DeployException($"{settings![key]!.Location}: 'deploy.{key}' must be true or false.", isUsage: true),
    };
}
