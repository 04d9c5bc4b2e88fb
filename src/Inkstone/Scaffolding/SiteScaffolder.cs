using System.Globalization;
using Inkstone.Configuration;
using Inkstone.Content;

namespace Inkstone.Scaffolding;

/// <summary>Creates a new site folder, and new posts with their front matter filled in.</summary>
public static class SiteScaffolder
{
    /// <summary>
    /// Writes a working site into <paramref name="directory"/>, which must be empty or absent, with a workflow
    /// that builds it with Inkstone <paramref name="inkstoneVersion"/> and deploys it to GitHub Pages.
    /// </summary>
    /// <returns>The files written, relative to the directory.</returns>
    public static IReadOnlyList<string> CreateSite(string directory, DateTimeOffset now, string inkstoneVersion)
    {
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new IOException($"'{directory}' is not empty; choose a new folder for the site.");
        }

        var date = now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var files = new Dictionary<string, string>
        {
            ["inkstone.yml"] = """
                title: 我的博客
                description: 记录机器学习与算法的学习笔记。
                base_url: https://example.org/
                language: zh-CN
                author: 作者
                posts_per_page: 10
                excerpt_length: 350
                timezone: Asia/Shanghai
                """,
            ["content/posts/hello-inkstone.md"] = $"""
                ---
                title: 你好，Inkstone
                date: {date}
                categories: [随笔]
                tags: [Inkstone, 入门]
                ---

                这是用 Inkstone 写的第一篇文章。每篇文章是 `content/posts/` 下的一个 Markdown 文件，
                文件开头的 front matter 写标题、日期、分类和标签。

                <!-- more -->

                ## 接下来

                - 运行 `inkstone serve` 预览网站；
                - 运行 `inkstone new post "新文章的标题"` 写下一篇；
                - 运行 `inkstone build` 生成可以部署的静态网站，输出在 `public/`。
                """,
            ["content/about.md"] = """
                ---
                title: 关于
                ---

                在这里介绍你自己和这个博客。
                """,
            ["static/favicon.svg"] = """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#9a3412"/><path d="M9 23V9h3v14zm6 0V9h3l5 9V9h3v14h-3l-5-9v9z" fill="#fff"/></svg>
                """,
            [PagesWorkflow.Path] = PagesWorkflow.Text(inkstoneVersion),
            // The output, the previous build beside it (which the next build reuses) and the build cache.
            [".gitignore"] = "public/\n.public.previous/\n.inkstone/\n",
        };

        foreach (var (path, text) in files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text + "\n");
        }

        return files.Keys.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Creates <c>content/posts/SLUG.md</c> in the site; returns its path relative to the site.</summary>
    public static string CreatePost(string siteDirectory, string title, string? category, DateTimeOffset now)
    {
        var slug = Slugifier.Slugify(title);
        if (slug.Length == 0)
        {
            throw new ArgumentException("The title has no letters or digits to name the file after.", nameof(title));
        }

        var relative = $"content/posts/{slug}.md";
        var full = Path.Combine(siteDirectory, relative);
        if (File.Exists(full))
        {
            throw new IOException($"'{relative}' already exists.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var categories = category is null ? "[]" : $"[{YamlString.Quote(category)}]";
        File.WriteAllText(full, $"""
            ---
            title: {YamlString.Quote(title)}
            date: {now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}
            categories: {categories}
            tags: []
            ---


            """);
        return relative;
    }

    /// <summary>The current time in the site's time zone, for front matter dates.</summary>
    public static DateTimeOffset SiteNow(string siteDirectory, DateTimeOffset utcNow)
    {
        var diagnostics = new Diagnostics.DiagnosticBag();
        var config = SiteConfigLoader.Load(new FileSystem.PhysicalFileSystem(siteDirectory), diagnostics);
        return TimeZoneInfo.ConvertTime(utcNow, config.TimeZone);
    }

}
