namespace Inkstone.Configuration;

/// <summary>
/// What a site hosted in mainland China shows and writes (<c>china:</c>): the ICP filing number (备案号) in the
/// footer, linked to the MIIT's register, the public-security filing (公安备案) with its link, and a sitemap in
/// the form Baidu's webmaster tools read.
/// </summary>
/// <param name="PoliceCode">The digits of <paramref name="PoliceRecord"/>, which the public-security register's link takes.</param>
internal sealed record ChinaSettings(string? Icp, string? PoliceRecord, string? PoliceCode, bool BaiduSitemap)
{
    public static ChinaSettings None { get; } = new(null, null, null, false);

    public const string IcpRegister = "https://beian.miit.gov.cn/";

    public const string PoliceRegister = "https://beian.mps.gov.cn/#/query/webSearch?code=";
}
