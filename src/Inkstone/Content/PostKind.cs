namespace Inkstone.Content;

internal enum PostKind
{
    /// <summary>A dated entry under <c>content/posts/</c>: listed, fed, archived.</summary>
    Post,

    /// <summary>A standalone page such as <c>content/about.md</c>: only linked, never listed.</summary>
    Page,
}
