using Inkstone.Markdown.Callouts;

namespace Inkstone.Markdown.HexoTags;

/// <summary>The classes NexT's and Butterfly's notes take (<c>primary</c>, <c>danger</c>) and Butterfly's colours (<c>blue</c>, <c>orange</c>), as callout kinds.</summary>
internal static class NoteKinds
{
    public static bool TryParse(string name, out CalloutKind kind)
    {
        CalloutKind? known = name.ToLowerInvariant() switch
        {
            "default" or "info" or "blue" or "cyan" => CalloutKind.Note,
            "success" or "green" => CalloutKind.Tip,
            "primary" or "purple" or "pink" => CalloutKind.Important,
            "warning" or "orange" or "yellow" => CalloutKind.Warning,
            "danger" or "red" => CalloutKind.Caution,
            _ => null,
        };
        if (known is { } value)
        {
            kind = value;
            return true;
        }

        return CalloutKinds.TryParse(name, out kind);
    }

    /// <summary>Butterfly's icon argument (<c>'fas fa-bullhorn'</c>): Font Awesome, which Inkstone does not load.</summary>
    public static bool IsIcon(string argument) =>
        argument.StartsWith("fa-", StringComparison.Ordinal) || (argument.StartsWith("fa", StringComparison.Ordinal) && argument.Contains(" fa-", StringComparison.Ordinal));
}
