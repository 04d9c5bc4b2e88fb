namespace Inkstone.Browser.Tests;

/// <summary>Every browser test shares one served sample blog and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SampleBlog>
{
    public const string Name = "Sample blog in Chromium";
}
