using System.Globalization;
using Inkstone.Importing;

namespace Inkstone.Tests.Importing;

/// <summary>Hexo's moment.js, Jekyll's strftime and Hugo's Go layouts become .NET formats that show dates as those engines did.</summary>
public sealed class DateFormatsTests
{
    private static readonly DateTimeOffset PiDay = new(2025, 3, 4, 15, 9, 26, TimeSpan.Zero);

    private static string Show(string? format) => PiDay.ToString(format, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("YYYY-MM-DD", "yyyy'-'MM'-'dd", "2025-03-04")]
    [InlineData("YYYY年M月D日", "yyyy'年'M'月'd'日'", "2025年3月4日")]
    [InlineData("MMM D, YYYY [at] HH:mm", "MMM' 'd', 'yyyy' at 'HH':'mm", "Mar 4, 2025 at 15:09")]
    public void A_moment_format_from_hexo_becomes_a_dotnet_format(string moment, string net, string shown)
    {
        Assert.Equal(net, DateFormats.FromMoment(moment));
        Assert.Equal(shown, Show(DateFormats.FromMoment(moment)));
    }

    [Theory]
    [InlineData("%b %-d, %Y", "MMM' 'd', 'yyyy", "Mar 4, 2025")]
    [InlineData("%Y-%m-%d", "yyyy'-'MM'-'dd", "2025-03-04")]
    [InlineData("%-d", "%d", "4")]
    public void A_strftime_format_from_jekyll_becomes_a_dotnet_format(string strftime, string net, string shown)
    {
        Assert.Equal(net, DateFormats.FromStrftime(strftime));
        Assert.Equal(shown, Show(DateFormats.FromStrftime(strftime)));
    }

    [Theory]
    [InlineData("Jan 2, 2006", "MMM' 'd', 'yyyy", "Mar 4, 2025")]
    [InlineData("2006-01-02", "yyyy'-'MM'-'dd", "2025-03-04")]
    [InlineData("Monday, January 2, 2006 15:04", "dddd', 'MMMM' 'd', 'yyyy' 'HH':'mm", "Tuesday, March 4, 2025 15:09")]
    public void A_go_layout_from_hugo_becomes_a_dotnet_format(string layout, string net, string shown)
    {
        Assert.Equal(net, DateFormats.FromGoLayout(layout));
        Assert.Equal(shown, Show(DateFormats.FromGoLayout(layout)));
    }

    [Fact]
    public void No_format_gives_no_format()
    {
        Assert.Null(DateFormats.FromMoment(null));
        Assert.Null(DateFormats.FromStrftime(""));
        Assert.Null(DateFormats.FromGoLayout("  "));
    }
}
