using Inkstone.Deploying;

namespace Inkstone.Tests.Deploying;

/// <summary>How <c>--to</c> and the <c>deploy:</c> setting name a target.</summary>
public sealed class DeployTargetReaderTests : IDisposable
{
    private readonly string _site = Directory.CreateTempSubdirectory("inkstone-target-").FullName;

    public void Dispose() => Directory.Delete(_site, recursive: true);

    [Fact]
    public void A_bucket_on_aws_is_addressed_by_its_host_name_in_the_region_given()
    {
        var target = Read("s3://my-blog/site", ("AWS_REGION", "eu-west-1"));

        Assert.Equal(new BucketTarget("my-blog", "site/", new Uri("https://s3.eu-west-1.amazonaws.com"), "eu-west-1", PathStyle: false), target);
    }

    [Fact]
    public void The_settings_name_an_endpoint_and_a_local_one_is_addressed_by_path()
    {
        File.WriteAllText(Path.Combine(_site, "inkstone.yml"), "title: t\ndeploy:\n  to: s3://blog/\n  endpoint: http://127.0.0.1:9000\n  region: auto\n");

        var target = Assert.IsType<BucketTarget>(Read(null));

        Assert.Equal(("blog", "", "auto", true), (target.Bucket, target.Prefix, target.Region, target.PathStyle));
    }

    [Fact]
    public void A_git_branch_is_pushed_to_origin_unless_the_settings_name_a_remote()
    {
        Assert.Equal(new GitBranchTarget("gh-pages", "origin"), Read("git:gh-pages"));
    }

    [Fact]
    public void An_unknown_setting_and_a_bad_bucket_name_are_usage_errors_at_their_place()
    {
        var bucket = Assert.Throws<DeployException>(() => Read("s3://My_Bucket/"));
        File.WriteAllText(Path.Combine(_site, "inkstone.yml"), "title: t\ndeploy:\n  bucket: x\n");

        var setting = Assert.Throws<DeployException>(() => Read("git:gh-pages"));

        Assert.True(setting.IsUsage && bucket.IsUsage);
        Assert.StartsWith("inkstone.yml:3:", setting.Message);
        Assert.Contains("'deploy.bucket' is not a deploy setting", setting.Message);
        Assert.Contains("'My_Bucket' in 's3://My_Bucket/' is not a bucket name", bucket.Message);
    }

    [Theory]
    [InlineData("oss://my-blog/")]
    [InlineData("https://example.org/upload")]
    public void A_storage_address_Inkstone_does_not_speak_is_a_usage_error_not_a_folder(string to)
    {
        var error = Assert.Throws<DeployException>(() => Read(to));

        Assert.True(error.IsUsage);
        Assert.Contains($"'{to}' is not a target Inkstone can deploy to", error.Message, StringComparison.Ordinal);
    }

    private DeployTarget Read(string? to, params (string Name, string Value)[] variables) =>
        DeployTargetReader.Read(to, _site, _site, name => variables.FirstOrDefault(v => v.Name == name).Value);
}
