namespace Inkstone.Deploying;

/// <summary>
/// A bucket of S3-compatible object storage: the site's files become the objects under <see cref="Prefix"/>
/// (empty, or ending in '/'). With <see cref="PathStyle"/> the bucket is the first segment of the path
/// (<c>http://127.0.0.1:9000/BUCKET/KEY</c>: MinIO, a local server), otherwise part of the host name
/// (<c>https://BUCKET.s3.REGION.amazonaws.com/KEY</c>: AWS, Aliyun OSS, Tencent COS).
/// </summary>
internal sealed record BucketTarget(string Bucket, string Prefix, Uri Endpoint, string Region, bool PathStyle) : DeployTarget
{
    public override string Name => $"s3://{Bucket}/{Prefix}";
}
