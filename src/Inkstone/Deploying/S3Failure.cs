namespace Inkstone.Deploying;

/// <summary>A request that S3-compatible storage refused, with its error code (InvalidAccessKeyId, NoSuchBucket ...) and message.</summary>
internal sealed class S3Failure(int status, string code, string message) : Exception($"{code}: {message}")
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public string ServerMessage { get; } = message;
}
