namespace Inkstone.Content;

/// <summary>The engine a site's folder was laid out for: Inkstone's own, or one a writer is coming from.</summary>
internal enum SiteEngine
{
    Inkstone,
    Jekyll,
    Hexo,
    Hugo,
    MkDocs,
}
