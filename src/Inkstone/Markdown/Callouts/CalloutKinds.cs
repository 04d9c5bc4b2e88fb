using System.Collections.Frozen;

namespace Inkstone.Markdown.Callouts;

/// <summary>The names and emoji writers use for callouts, mapped to the five kinds the theme styles.</summary>
internal static class CalloutKinds
{
    private static readonly FrozenDictionary<string, CalloutKind> Names = new Dictionary<string, CalloutKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["note"] = CalloutKind.Note,
        ["info"] = CalloutKind.Note,
        ["default"] = CalloutKind.Note,
        ["primary"] = CalloutKind.Note,
        ["abstract"] = CalloutKind.Note,
        ["summary"] = CalloutKind.Note,
        ["todo"] = CalloutKind.Note,
        ["quote"] = CalloutKind.Note,
        ["example"] = CalloutKind.Note,
        ["tip"] = CalloutKind.Tip,
        ["hint"] = CalloutKind.Tip,
        ["success"] = CalloutKind.Tip,
        ["check"] = CalloutKind.Tip,
        ["done"] = CalloutKind.Tip,
        ["important"] = CalloutKind.Important,
        ["warning"] = CalloutKind.Warning,
        ["attention"] = CalloutKind.Warning,
        ["question"] = CalloutKind.Warning,
        ["help"] = CalloutKind.Warning,
        ["faq"] = CalloutKind.Warning,
        ["caution"] = CalloutKind.Caution,
        ["danger"] = CalloutKind.Caution,
        ["error"] = CalloutKind.Caution,
        ["bug"] = CalloutKind.Caution,
        ["failure"] = CalloutKind.Caution,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Emoji that make a quote or paragraph a Notion-style callout, longest first so "⚠️" wins over "⚠".</summary>
    public static readonly IReadOnlyList<(string Emoji, CalloutKind Kind)> Emoji =
    [
        ("⚠️", CalloutKind.Warning), ("ℹ️", CalloutKind.Note), ("‼️", CalloutKind.Important), ("❗️", CalloutKind.Important),
        ("💡", CalloutKind.Tip), ("⚠", CalloutKind.Warning), ("❗", CalloutKind.Important), ("📌", CalloutKind.Note),
        ("✅", CalloutKind.Tip), ("ℹ", CalloutKind.Note), ("🔥", CalloutKind.Important), ("📝", CalloutKind.Note),
        ("❌", CalloutKind.Caution), ("🚫", CalloutKind.Caution), ("🎯", CalloutKind.Tip), ("📖", CalloutKind.Note),
    ];

    public static bool TryParse(string name, out CalloutKind kind) => Names.TryGetValue(name, out kind);

    public static string DefaultTitle(CalloutKind kind, bool english) => (kind, english) switch
    {
        (CalloutKind.Note, false) => "注意",
        (CalloutKind.Tip, false) => "提示",
        (CalloutKind.Important, false) => "重要",
        (CalloutKind.Warning, false) => "警告",
        (CalloutKind.Caution, false) => "小心",
        (CalloutKind.Note, true) => "Note",
        (CalloutKind.Tip, true) => "Tip",
        (CalloutKind.Important, true) => "Important",
        (CalloutKind.Warning, true) => "Warning",
        _ => "Caution",
    };
}
