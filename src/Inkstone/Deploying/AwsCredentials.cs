namespace Inkstone.Deploying;

/// <summary>
/// An access key for S3-compatible storage. Never printed: <see cref="ToString"/> names only the key id and
/// where it came from, so a message or a log that shows the credentials shows no secret.
/// </summary>
internal sealed class AwsCredentials(string accessKeyId, string secretAccessKey, string? sessionToken, string source)
{
    public string AccessKeyId { get; } = accessKeyId;

    public string SecretAccessKey { get; } = secretAccessKey;

    public string? SessionToken { get; } = sessionToken;

    /// <summary>Where they were read: "AWS_ACCESS_KEY_ID" or "profile 'default' in ~/.aws/credentials".</summary>
    public string Source { get; } = source;

    public override string ToString() => $"access key {AccessKeyId} ({Source})";
}
