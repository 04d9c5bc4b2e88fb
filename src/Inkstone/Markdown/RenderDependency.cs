namespace Inkstone.Markdown;

internal enum RenderDependencyKind : byte
{
    /// <summary>A link to another post's source: <see cref="RenderDependency.Value"/> is its URL, or null when there was no such post.</summary>
    PostUrl,

    /// <summary>Whether a site file exists: "1" or "0".</summary>
    FileExists,

    /// <summary>An image whose size went into the HTML: its <see cref="FileSystem.ISiteFileSystem.FileStamp"/>.</summary>
    FileStamp,

    /// <summary>A link written as a URL (<c>/2025/03/14/grpo/</c>): <see cref="RenderDependency.Value"/> is the source of the post at that URL, or null.</summary>
    UrlOwner,

    /// <summary>Another post's title, written as the words of a link to it (Hexo's <c>{% post_link %}</c>): <see cref="RenderDependency.Value"/> is the title, or null when there was no such post.</summary>
    PostTitle,

    /// <summary>An external program a diagram was drawn with (<c>dot</c>): <see cref="RenderDependency.Value"/> is its version, or null when it was missing.</summary>
    ToolVersion,
}

/// <summary>One fact from outside a post that its rendering used, checked again before a cached rendering is reused.</summary>
internal readonly record struct RenderDependency(RenderDependencyKind Kind, string Path, string? Value);
