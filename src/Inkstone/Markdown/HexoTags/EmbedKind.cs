namespace Inkstone.Markdown.HexoTags;

/// <summary>What an embed tag would have loaded from another site, for the words of its card.</summary>
internal enum EmbedKind
{
    Page,
    Video,
    Code,
    Document,
}
