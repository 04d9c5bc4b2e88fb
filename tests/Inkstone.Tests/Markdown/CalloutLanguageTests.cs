using Inkstone.Testing;

namespace Inkstone.Tests.Markdown;

public sealed class CalloutLanguageTests
{
    [Theory]
    [InlineData("", "注意")]
    [InlineData("lang: en", "Note")]
    [InlineData("lang: zh-CN", "注意")]
    public void Default_callout_titles_follow_the_post_language_else_the_site(string frontMatter, string title)
    {
        var site = BuiltSite.Build($"""
            -- inkstone.yml --
            title: T
            language: zh-CN
            -- content/posts/p.md --
            ---
            title: P
            date: 2025-01-01
            {frontMatter}
            ---
            > [!NOTE]
            > Body.
            """).AssertSucceeded();
        Assert.Equal(title, Html.Parse(site.File("posts/p/index.html")).One(".callout__title").Text());
    }
}
