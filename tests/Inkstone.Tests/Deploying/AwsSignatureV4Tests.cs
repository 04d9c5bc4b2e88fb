using Inkstone.Deploying;

namespace Inkstone.Tests.Deploying;

/// <summary>
/// The signer against the worked examples of the AWS documentation ("Signature Calculations for the Authorization
/// Header", Amazon S3 API reference): the same request must give the signature printed there. s3rver, the
/// test server, checks the access key but not the signature, so these examples are what proves the signing.
/// </summary>
public sealed class AwsSignatureV4Tests
{
    private static readonly AwsCredentials Example = new("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", null, "the AWS documentation");
    private static readonly DateTimeOffset Time = new(2013, 5, 24, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Get_object_with_a_range_is_signed_as_the_aws_example()
    {
        var authorization = AwsSignatureV4.Authorization("GET", "/test.txt", [], new Dictionary<string, string>
        {
            ["Host"] = "examplebucket.s3.amazonaws.com",
            ["Range"] = "bytes=0-9",
            ["x-amz-content-sha256"] = AwsSignatureV4.EmptyPayload,
            ["x-amz-date"] = "20130524T000000Z",
        }, AwsSignatureV4.EmptyPayload, Example, "us-east-1", Time);

        Assert.Equal("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, " +
                     "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, " +
                     "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41", authorization);
    }

    [Fact]
    public void Listing_with_a_query_is_signed_as_the_aws_example()
    {
        var authorization = AwsSignatureV4.Authorization("GET", "/", [new("max-keys", "2"), new("prefix", "J")], new Dictionary<string, string>
        {
            ["host"] = "examplebucket.s3.amazonaws.com",
            ["x-amz-content-sha256"] = AwsSignatureV4.EmptyPayload,
            ["x-amz-date"] = "20130524T000000Z",
        }, AwsSignatureV4.EmptyPayload, Example, "us-east-1", Time);

        Assert.EndsWith("Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7", authorization);
    }

    [Fact]
    public void Keys_are_encoded_byte_by_byte_and_keep_their_slashes()
    {
        Assert.Equal("posts/%E8%83%8C%E5%8C%85/a%20b%2Bc~d.html", AwsSignatureV4.Encode("posts/背包/a b+c~d.html", keepSlashes: true));
        Assert.Equal("a%2Fb", AwsSignatureV4.Encode("a/b"));
    }
}
