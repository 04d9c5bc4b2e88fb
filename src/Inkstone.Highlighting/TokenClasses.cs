namespace Inkstone.Highlighting;

/// <summary>Maps token kinds to the CSS class names that <c>syntax.css</c> styles under the <c>.hl</c> scope.</summary>
internal static class TokenClasses
{
    private static readonly string?[] Names =
    [
        null, "k", "kt", "kc", "nb", "s", "se", "si", "sd", "c", "cd", "n", "f", "cl", "d", "o", "p", "v",
        "t", "a", "pr", "h", "ins", "del", "m", "pp", "em", "st", null,
    ];

    /// <summary>The CSS class for <paramref name="kind"/>, or null for plain text.</summary>
    public static string? Of(TokenKind kind) => Names[(int)kind];
}
