namespace Inkstone.Markdown.Callouts;

internal enum CalloutFold
{
    /// <summary>Always open.</summary>
    None,

    /// <summary>Foldable, closed at first (<c>[!NOTE]-</c>).</summary>
    Collapsed,

    /// <summary>Foldable, open at first (<c>[!NOTE]+</c>).</summary>
    Expanded,
}
