using Inkstone.Deploying;

namespace Inkstone.Tests.Deploying;

/// <summary>Credentials come from where the AWS tools look for them, and never show their secret.</summary>
public sealed class AwsCredentialReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inkstone-credentials-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_environment_variables_come_first()
    {
        var credentials = AwsCredentialReader.Read(Variables(("AWS_ACCESS_KEY_ID", "AKID"), ("AWS_SECRET_ACCESS_KEY", "s3cret"), ("AWS_SESSION_TOKEN", "token")), "s3://b/");

        Assert.Equal(("AKID", "s3cret", "token"), (credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken));
        Assert.DoesNotContain("s3cret", credentials.ToString());
    }

    [Fact]
    public void Without_them_the_profile_aws_profile_names_is_read_from_the_credentials_file()
    {
        var file = Path.Combine(_folder, "credentials");
        File.WriteAllText(file, "[default]\naws_access_key_id = D\naws_secret_access_key = d\n\n# blog\n[blog]\naws_access_key_id = AKBLOG\naws_secret_access_key = blog-secret\n");

        var credentials = AwsCredentialReader.Read(Variables(("AWS_SHARED_CREDENTIALS_FILE", file), ("AWS_PROFILE", "blog")), "s3://b/");

        Assert.Equal(("AKBLOG", "blog-secret"), (credentials.AccessKeyId, credentials.SecretAccessKey));
        Assert.Equal($"access key AKBLOG (profile 'blog' in {file})", credentials.ToString());
    }

    [Fact]
    public void Half_a_key_or_none_at_all_is_an_error_that_says_where_inkstone_looked()
    {
        var half = Assert.Throws<DeployException>(() => AwsCredentialReader.Read(Variables(("AWS_ACCESS_KEY_ID", "AKID")), "s3://b/"));
        var none = Assert.Throws<DeployException>(() => AwsCredentialReader.Read(Variables(("HOME", _folder)), "s3://b/"));

        Assert.Contains("Only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set", half.Message);
        Assert.Contains($"{Path.Combine(_folder, ".aws", "credentials")} has no profile 'default'", none.Message);
    }

    private static Func<string, string?> Variables(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;
}
