using Inkstone.Diagnostics;

namespace Inkstone.Content;

/// <summary>
/// Where a post or page is published, as the engine its site was written for would publish it: Inkstone's
/// <c>/posts/SLUG/</c>, Jekyll's <c>/:categories/:year/:month/:day/:title.html</c>, Hexo's, Hugo's or MkDocs's.
/// </summary>
internal interface IPostUrlRule
{
    /// <param name="post">The post as read, with its front matter.</param>
    /// <param name="relativePath">Its source path under its content root (<c>ml/ppo.md</c>).</param>
    /// <returns>A URL path starting with '/': "/a/b/" for a folder, "/a/b.html" for a file; null after reporting a problem.</returns>
    string? Url(Post post, string relativePath, DiagnosticBag diagnostics);
}
