using Microsoft.AspNetCore.Http;

namespace Inkstone.Server.Tests;

public sealed class AllowedHostsTests
{
    [Theory]
    [InlineData("127.0.0.1", "localhost:4000", true)]
    [InlineData("127.0.0.1", "127.9.9.9", true)]
    [InlineData("127.0.0.1", "[::1]:4000", true)]
    [InlineData("127.0.0.1", "rebind.attacker.example:4000", false)]
    [InlineData("127.0.0.1", "10.0.0.5:4000", false)]
    [InlineData("blog.test", "blog.test:4000", true)]
    [InlineData("blog.test", "BLOG.TEST.", true)]
    [InlineData("blog.test", "other.test", false)]
    [InlineData("192.168.1.20", "192.168.1.20:4000", true)]
    [InlineData("0.0.0.0", "192.168.1.20:4000", true)]
    [InlineData("::", "[fe80::1]:4000", true)]
    [InlineData("0.0.0.0", "my-laptop.lan:4000", false)]
    public void The_host_header_must_be_loopback_or_the_address_listened_on(string listen, string host, bool allowed) =>
        Assert.Equal(allowed, new AllowedHosts(listen).Allows(new HostString(host)));

    [Fact]
    public void A_request_without_a_host_header_is_not_from_a_browser_on_another_site() =>
        Assert.True(new AllowedHosts("127.0.0.1").Allows(default));
}
